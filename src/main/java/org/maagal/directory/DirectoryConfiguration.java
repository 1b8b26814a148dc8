package org.maagal.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.maagal.organization.Committee;
import org.maagal.organization.EngineUsers;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.maagal.organization.Unit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory, when {@code maagal.directory.url} names one; its settings checked before anything starts. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "maagal.directory", name = "url")
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

  @Bean
  Directory directory(DirectoryProperties settings, Organization organization) {
    check(settings, organization);
    return new Directory(settings);
  }

  @Bean
  DirectorySync directorySync(Directory directory, DirectoryProperties settings, EngineUsers users,
      Organization organization) {
    return new DirectorySync(directory, settings, users, organization);
  }

  @Bean
  DirectoryRounds directoryRounds(DirectorySync sync, DirectoryProperties settings) {
    return new DirectoryRounds(sync, settings.syncInterval());
  }

  /** A mistake in the settings stops the start with what to mend, rather than leaving people without their work. */
  static void check(DirectoryProperties settings, Organization organization) {
    var problems = new LinkedHashSet<String>();
    if (settings.userBase() == null || settings.userBase().isBlank()) {
      problems.add("maagal.directory.user-base is not set");
    }
    for (var filter : new String[] {settings.userFilter(), settings.groupFilter()}) {
      try {
        Filter.create(filter);
      } catch (LDAPException notAFilter) {
        problems.add("not an LDAP filter: " + filter);
      }
    }
    Set<String> known = Stream.of(organization.units().stream().map(Unit::groupId),
        organization.committees().stream().map(Committee::groupId), Stream.of(Role.values()).map(Role::groupId))
        .flatMap(ids -> ids).collect(Collectors.toSet());
    for (var mapping : settings.groups()) {
      if (mapping.directory() == null || mapping.directory().isBlank()) {
        problems.add("a mapping in maagal.directory.groups names no directory group");
      }
      mapping.maagal().stream().filter(group -> !known.contains(group))
          .forEach(group -> problems.add("maagal.directory.groups maps '" + mapping.directory()
              + "' to '" + group + "', which is no unit, committee or role of the organisation"));
    }
    if (settings.groups().isEmpty()) {
      problems.add("maagal.directory.groups maps no directory group: nobody would get any work");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The directory settings need mending: " + String.join("; ", problems));
    }
  }
}
