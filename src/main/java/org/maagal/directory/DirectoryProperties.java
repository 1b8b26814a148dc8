package org.maagal.directory;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the directory is and how its entries read. The defaults suit OpenLDAP's {@code inetOrgPerson} and
 * {@code groupOfNames}; Active Directory sets {@code user-id-attribute: sAMAccountName} and its own filters.
 *
 * @param url            {@code ldap://host:389} or {@code ldaps://host:636} (then the JVM's trusted certificates and
 *                       the host name are checked)
 * @param bindDn         the service account that reads the directory; its password in {@code bindPassword}
 * @param userBase       where the people are searched, with {@code userFilter}
 * @param groupBase      where the groups named in {@code groups} are searched, with {@code groupFilter}
 * @param groups         which directory group (by its {@code cn}) gives which Maagal groups (unit, role or committee ids)
 * @param syncInterval   how often the directory's people and groups are read again (also at start and on demand)
 * @param timeout        how long a connection or an answer may take
 * @param maxPeople      more people than this in one read is refused (a filter that matches the whole forest)
 * @param units          where the municipality's organisational units are, when its units and people are read from
 *                       them (an admin's {@code POST /api/admin/directory/organization})
 */
@ConfigurationProperties("maagal.directory")
record DirectoryProperties(String url, String bindDn, String bindPassword, String userBase, String userFilter,
    String userIdAttribute, String firstNameAttribute, String lastNameAttribute, String emailAttribute,
    String groupBase, String groupFilter, String groupNameAttribute, String memberAttribute,
    List<GroupMapping> groups, Duration syncInterval, Duration timeout, Integer maxPeople, Units units) {

  DirectoryProperties {
    userFilter = orElse(userFilter, "(objectClass=inetOrgPerson)");
    userIdAttribute = orElse(userIdAttribute, "uid");
    firstNameAttribute = orElse(firstNameAttribute, "givenName");
    lastNameAttribute = orElse(lastNameAttribute, "sn");
    emailAttribute = orElse(emailAttribute, "mail");
    groupBase = orElse(groupBase, userBase);
    groupFilter = orElse(groupFilter, "(objectClass=groupOfNames)");
    groupNameAttribute = orElse(groupNameAttribute, "cn");
    memberAttribute = orElse(memberAttribute, "member");
    groups = groups == null ? List.of() : List.copyOf(groups);
    syncInterval = syncInterval == null ? Duration.ofMinutes(15) : syncInterval;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    maxPeople = maxPeople == null ? 20_000 : maxPeople;
    units = units == null ? new Units(null, null, null, null, null, null) : units;
  }

  /**
   * The organisational units (OUs) of the municipality: the entry at {@code base} is the municipality itself, every
   * unit under it that {@code filter} matches is one of its units, under the nearest of them above it, and every
   * person under {@code base} works in the unit they are in.
   *
   * @param base             the municipality's OU; none: the units come from the organisation file or HR's workbook
   * @param nameAttribute    the unit's name ({@code ou}; a Hebrew {@code description} where the OUs are named in
   *                         English)
   * @param codeAttribute    a code HR gives the unit, which stays when the unit is renamed; none: a unit is known by
   *                         its name
   * @param typeAttribute    עירייה, אגף or מחלקה; none: a new unit with units under it is a division, else a
   *                         department
   * @param managerAttribute the manager's entry ({@code managedBy}, Active Directory's), or their user name
   */
  record Units(String base, String filter, String nameAttribute, String codeAttribute, String typeAttribute,
      String managerAttribute) {

    Units {
      base = base == null || base.isBlank() ? null : base;
      filter = orElse(filter, "(objectClass=organizationalUnit)");
      nameAttribute = orElse(nameAttribute, "ou");
      codeAttribute = codeAttribute == null || codeAttribute.isBlank() ? null : codeAttribute;
      typeAttribute = typeAttribute == null || typeAttribute.isBlank() ? null : typeAttribute;
      managerAttribute = orElse(managerAttribute, "managedBy");
    }
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
