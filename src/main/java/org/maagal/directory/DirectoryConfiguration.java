package org.maagal.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.LinkedHashSet;
import org.maagal.organization.EngineUsers;
import org.maagal.organization.Organization;
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
  DirectoryOrganization directoryOrganization(Directory directory, DirectoryProperties settings) {
    return new DirectoryOrganization(directory, settings);
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
    for (var filter : new String[] {settings.userFilter(), settings.groupFilter(), settings.units().filter()}) {
      try {
        Filter.create(filter);
      } catch (LDAPException notAFilter) {
        problems.add("not an LDAP filter: " + filter);
      }
    }
    if (settings.units().base() != null) {
      try {
        new DN(settings.units().base());
      } catch (LDAPException notAName) {
        problems.add("maagal.directory.units.base is not an entry's name: " + settings.units().base());
      }
    }
    problems.addAll(GroupMapping.problems("maagal.directory.groups", settings.groups(), organization));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The directory settings need mending: " + String.join("; ", problems));
    }
  }
}
