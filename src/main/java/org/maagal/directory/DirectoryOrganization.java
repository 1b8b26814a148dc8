package org.maagal.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.maagal.organization.UnitType;
import org.maagal.personnel.StaffEntry;
import org.maagal.personnel.StaffFields;

/**
 * The municipality's units and people as its directory's organisational units hold them, as entries for the
 * organisation's reading ({@link org.maagal.personnel.StaffReading}), the same as HR's workbook: the OU at
 * {@code maagal.directory.units.base} is the municipality, every OU under it a unit under the nearest OU above it, and
 * each person under it works in the OU they are in. A unit is named by its name attribute and known by its code
 * attribute when there is one (else by its name); its manager is the person its manager attribute names (Active
 * Directory's {@code managedBy} holds their entry's name). A problem names the entry and the attribute.
 */
class DirectoryOrganization {

  /** Where a unit's parent or a person's unit comes from: the entry's place in the directory. */
  static final String PLACE = "מיקום במדריך";

  private final Directory directory;
  private final DirectoryProperties settings;
  /** The municipality's OU; null where the settings name none. */
  private final DN base;

  DirectoryOrganization(Directory directory, DirectoryProperties settings) {
    this.directory = directory;
    this.settings = settings;
    this.base = settings.units().base() == null ? null : dn(settings.units().base());
  }

  /** The units and the people, read now. */
  record Entries(List<StaffEntry> units, List<StaffEntry> people) {
  }

  /** The municipality's OU, as the settings name it; null where they name none. */
  String base() {
    return settings.units().base();
  }

  Entries read() {
    var units = settings.units();
    var unitEntries = directory.entries(units.base(), units.filter(), Stream.of(units.nameAttribute(),
        units.codeAttribute(), units.typeAttribute(), units.managerAttribute()).filter(Objects::nonNull)
        .toArray(String[]::new));
    var peopleEntries = directory.entries(units.base(), settings.userFilter(), settings.userIdAttribute(),
        settings.firstNameAttribute(), settings.lastNameAttribute(), settings.emailAttribute());
    Map<DN, SearchResultEntry> unitsByName = new HashMap<>();
    unitEntries.forEach(entry -> unitsByName.put(parsed(entry), entry));
    Set<DN> withUnitsUnder = new HashSet<>();
    unitsByName.keySet().forEach(name -> unitAbove(name, unitsByName).ifPresent(withUnitsUnder::add));
    Map<DN, String> userIds = new HashMap<>();
    peopleEntries.forEach(entry -> {
      String id = entry.getAttributeValue(settings.userIdAttribute());
      if (id != null) {
        userIds.put(parsed(entry), id);
      }
    });

    var unitList = new ArrayList<StaffEntry>();
    for (var entry : unitEntries) {
      DN name = parsed(entry);
      var fields = new HashMap<String, String>();
      var attributes = new HashMap<String, String>();
      put(fields, attributes, StaffFields.UNIT_NAME, units.nameAttribute(), entry);
      fields.put(StaffFields.UNIT_CODE, code(name, unitsByName));
      if (units.typeAttribute() != null) {
        put(fields, attributes, StaffFields.UNIT_TYPE, units.typeAttribute(), entry);
      }
      if (!name.equals(base)) {
        fields.put(StaffFields.PARENT, unitAbove(name, unitsByName).map(above -> code(above, unitsByName))
            .orElse(null));
        fields.put(StaffFields.NEW_UNIT_TYPE, StaffFields.typeWord(withUnitsUnder.contains(name)
            ? UnitType.DIVISION : UnitType.DEPARTMENT));
      }
      String manager = entry.getAttributeValue(units.managerAttribute());
      if (manager != null) {
        attributes.put(StaffFields.MANAGER, units.managerAttribute());
        fields.put(StaffFields.MANAGER, managerId(manager, userIds));
      }
      unitList.add(new DirectoryEntry(entry.getDN(), fields, attributes));
    }

    var people = new ArrayList<StaffEntry>();
    for (var entry : peopleEntries) {
      var fields = new HashMap<String, String>();
      var attributes = new HashMap<String, String>();
      put(fields, attributes, StaffFields.USER_ID, settings.userIdAttribute(), entry);
      put(fields, attributes, StaffFields.FIRST_NAME, settings.firstNameAttribute(), entry);
      put(fields, attributes, StaffFields.LAST_NAME, settings.lastNameAttribute(), entry);
      put(fields, attributes, StaffFields.EMAIL, settings.emailAttribute(), entry);
      fields.put(StaffFields.UNIT, unitAbove(parsed(entry), unitsByName).map(unit -> code(unit, unitsByName))
          .orElse(null));
      people.add(new DirectoryEntry(entry.getDN(), fields, attributes));
    }
    return new Entries(List.copyOf(unitList), List.copyOf(people));
  }

  /** The unit's code attribute, or else its name in the directory (by which its parent and people name it). */
  private String code(DN unit, Map<DN, SearchResultEntry> unitsByName) {
    String code = settings.units().codeAttribute() == null ? null
        : unitsByName.get(unit).getAttributeValue(settings.units().codeAttribute());
    return code != null && !code.isBlank() ? code.strip() : unit.toNormalizedString();
  }

  /** The nearest unit above an entry, if any is read. */
  private static Optional<DN> unitAbove(DN entry, Map<DN, SearchResultEntry> unitsByName) {
    for (DN above = entry.getParent(); above != null; above = above.getParent()) {
      if (unitsByName.containsKey(above)) {
        return Optional.of(above);
      }
    }
    return Optional.empty();
  }

  /** A manager's entry name, as the user name of the person it is; a user name, or a name of no one read, as it is. */
  private static String managerId(String manager, Map<DN, String> userIds) {
    try {
      return Optional.ofNullable(userIds.get(new DN(manager))).orElse(manager);
    } catch (LDAPException notAName) {
      return manager;
    }
  }

  private static void put(Map<String, String> fields, Map<String, String> attributes, String field, String attribute,
      SearchResultEntry entry) {
    String value = entry.getAttributeValue(attribute);
    fields.put(field, value == null || value.isBlank() ? null : value.strip());
    attributes.put(field, attribute);
  }

  private static DN parsed(SearchResultEntry entry) {
    try {
      return entry.getParsedDN();
    } catch (LDAPException notAName) {
      throw new IllegalStateException("The directory answered an entry whose name does not read: " + entry.getDN(),
          notAName);
    }
  }

  private static DN dn(String name) {
    try {
      return new DN(name);
    } catch (LDAPException notAName) {
      throw new IllegalStateException("maagal.directory.units.base is not an entry's name: " + name, notAName);
    }
  }

  /** An entry of the directory: a problem names it and the attribute, or its place for its unit or parent. */
  private record DirectoryEntry(String name, Map<String, String> fields, Map<String, String> attributes)
      implements StaffEntry {

    @Override
    public String text(String field) {
      return fields.get(field);
    }

    @Override
    public String problem(String field, String reason) {
      return "ברשומה " + name + ", " + Optional.ofNullable(attributes.get(field)).map(a -> "התכונה " + a)
          .orElse(PLACE) + ": " + reason;
    }
  }
}
