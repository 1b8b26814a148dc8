package org.maagal.organization;

/** A domain (תחום) of the municipality's goal tree, owned by one or more units. */
public record Domain(String id, String name) {
}
