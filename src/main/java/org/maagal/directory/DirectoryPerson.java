package org.maagal.directory;

import java.util.Set;

/** A person as the directory has them, with the names of the mapped directory groups they are in. */
record DirectoryPerson(String id, String firstName, String lastName, String email, Set<String> groups) {
}
