package org.maagal.directory;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.DereferencePolicy;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.net.SocketFactory;
import org.maagal.security.PasswordDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The municipality's directory, read with its service account: its people (page by page, as Active Directory hands
 * out at most a thousand at a time), the members of the groups the mapping names, and a person's password, checked
 * by binding as them on a connection of its own. Every search is a filter built from parts, never from text a user
 * typed, and every connection and answer has a time limit.
 */
final class Directory implements PasswordDirectory {

  private static final Logger log = LoggerFactory.getLogger(Directory.class);
  private static final int PAGE_SIZE = 500;

  private final DirectoryProperties settings;
  private final SingleServerSet server;

  Directory(DirectoryProperties settings) {
    this.settings = settings;
    this.server = server(settings);
  }

  private static SingleServerSet server(DirectoryProperties settings) {
    LDAPURL url;
    try {
      url = new LDAPURL(settings.url());
    } catch (LDAPException notAnAddress) {
      throw new IllegalStateException("maagal.directory.url is not an LDAP address (ldap://host:389 or "
          + "ldaps://host:636): " + settings.url(), notAnAddress);
    }
    var options = new LDAPConnectionOptions();
    int millis = Math.toIntExact(settings.timeout().toMillis());
    options.setConnectTimeoutMillis(millis);
    options.setResponseTimeoutMillis(millis);
    SocketFactory sockets = SocketFactory.getDefault();
    if ("ldaps".equalsIgnoreCase(url.getScheme())) {
      options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(false));
      try {
        sockets = new SSLUtil(JVMDefaultTrustManager.getInstance()).createSSLSocketFactory();
      } catch (GeneralSecurityException noTls) {
        throw new IllegalStateException("No TLS for the directory at " + settings.url(), noTls);
      }
    }
    return new SingleServerSet(url.getHost(), url.getPort(), sockets, options);
  }

  @Override
  public boolean accepts(String userId, String password) {
    if (userId == null || userId.isBlank() || password == null || password.isBlank()) {
      return false;
    }
    try (var connection = serviceConnection()) {
      var request = new SearchRequest(settings.userBase(), SearchScope.SUB, DereferencePolicy.NEVER, 2,
          timeLimitSeconds(), false, userFilter(userId), SearchRequest.NO_ATTRIBUTES);
      List<SearchResultEntry> found;
      try {
        found = connection.search(request).getSearchEntries();
      } catch (LDAPSearchException search) {
        if (search.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
          throw search;
        }
        log.warn("The directory has more than one person with {}={}: no login until one is left",
            settings.userIdAttribute(), userId);
        return false;
      }
      return found.size() == 1 && bindsAs(found.get(0).getDN(), password);
    } catch (LDAPException unreachable) {
      throw unavailable(unreachable);
    }
  }

  private boolean bindsAs(String dn, String password) throws LDAPException {
    try (var login = server.getConnection()) {
      login.bind(dn, password);
      return true;
    } catch (LDAPException refused) {
      if (refused.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
        return false;
      }
      throw refused;
    }
  }

  /** The people under the user base, each with the mapped directory groups they are direct members of. */
  List<DirectoryPerson> people() {
    try (var connection = serviceConnection()) {
      Map<DN, Entry> byName = new LinkedHashMap<>();
      for (var entry : entries(connection, settings.userBase(), settings.userFilter(), settings.userIdAttribute(),
          settings.firstNameAttribute(), settings.lastNameAttribute(), settings.emailAttribute())) {
        String id = entry.getAttributeValue(settings.userIdAttribute());
        if (id != null && !id.isBlank()) {
          byName.put(entry.getParsedDN(), new Entry(id, entry, new LinkedHashSet<>()));
        }
      }
      for (var mapping : settings.groups()) {
        addMembers(connection, mapping.directory(), byName);
      }
      var people = new ArrayList<DirectoryPerson>(byName.size());
      for (var entry : byName.values()) {
        people.add(new DirectoryPerson(entry.id(), entry.entry().getAttributeValue(settings.firstNameAttribute()),
            entry.entry().getAttributeValue(settings.lastNameAttribute()),
            entry.entry().getAttributeValue(settings.emailAttribute()), entry.groups()));
      }
      return people;
    } catch (LDAPException unreachable) {
      throw unavailable(unreachable);
    }
  }

  /**
   * The entries under {@code base} (itself included) that {@code filter} matches, with these attributes; read page by
   * page, and refused whole past {@code maagal.directory.max-people} entries.
   */
  List<SearchResultEntry> entries(String base, String filter, String... attributes) {
    try (var connection = serviceConnection()) {
      return entries(connection, base, filter, attributes);
    } catch (LDAPException unreachable) {
      throw unavailable(unreachable);
    }
  }

  private List<SearchResultEntry> entries(LDAPConnection connection, String base, String filter, String... attributes)
      throws LDAPException {
    var entries = new ArrayList<SearchResultEntry>();
    ASN1OctetString cookie = null;
    do {
      var request = new SearchRequest(base, SearchScope.SUB, Filter.create(filter), attributes);
      request.setTimeLimitSeconds(timeLimitSeconds());
      request.setControls(new SimplePagedResultsControl(PAGE_SIZE, cookie));
      var result = connection.search(request);
      entries.addAll(result.getSearchEntries());
      if (entries.size() > settings.maxPeople()) {
        throw new ImplausibleAnswerException("The directory's filter " + filter + " under " + base
            + " matched more than " + settings.maxPeople() + " entries (maagal.directory.max-people); nothing was read");
      }
      var paged = SimplePagedResultsControl.get(result);
      cookie = paged == null ? null : paged.getCookie();
    } while (cookie != null && cookie.getValueLength() > 0);
    return entries;
  }

  private void addMembers(LDAPConnection connection, String groupName, Map<DN, Entry> byName) throws LDAPException {
    var filter = Filter.createANDFilter(Filter.create(settings.groupFilter()),
        Filter.createEqualityFilter(settings.groupNameAttribute(), groupName));
    var request = new SearchRequest(settings.groupBase(), SearchScope.SUB, filter, settings.memberAttribute());
    request.setTimeLimitSeconds(timeLimitSeconds());
    var groups = connection.search(request).getSearchEntries();
    if (groups.isEmpty()) {
      log.warn("The directory has no group named '{}' under {}: nobody gets what the mapping gives it", groupName,
          settings.groupBase());
    }
    for (var group : groups) {
      String[] members = group.getAttributeValues(settings.memberAttribute());
      for (String member : members == null ? new String[0] : members) {
        try {
          var person = byName.get(new DN(member));
          if (person != null) {
            person.groups().add(groupName);
          }
        } catch (LDAPException notAName) {
          log.debug("Group '{}' has a member that is not a name: {}", groupName, member);
        }
      }
    }
  }

  private Filter userFilter(String userId) throws LDAPException {
    return Filter.createANDFilter(Filter.create(settings.userFilter()),
        Filter.createEqualityFilter(settings.userIdAttribute(), userId));
  }

  private LDAPConnection serviceConnection() throws LDAPException {
    var connection = server.getConnection();
    try {
      if (settings.bindDn() != null && !settings.bindDn().isBlank()) {
        connection.bind(settings.bindDn(), settings.bindPassword());
      }
      return connection;
    } catch (LDAPException refused) {
      connection.close();
      throw refused;
    }
  }

  private int timeLimitSeconds() {
    return (int) Math.max(1, settings.timeout().toSeconds());
  }

  private IllegalStateException unavailable(LDAPException cause) {
    log.error("The directory at {} did not answer as expected: {}", settings.url(), cause.getMessage());
    return new DirectoryUnavailableException("The directory at " + settings.url() + " could not be read: "
        + cause.getResultCode(), cause);
  }

  private record Entry(String id, SearchResultEntry entry, java.util.Set<String> groups) {
  }

  /**
   * An answer that cannot be the municipality's: more entries than it has people, or nobody at all (a base or filter
   * set wrong); nothing is read and nothing changes.
   */
  static final class ImplausibleAnswerException extends IllegalStateException {
    ImplausibleAnswerException(String message) {
      super(message);
    }
  }

  /** The directory did not answer, or answered with an error: nobody it knows can sign in until it does. */
  static final class DirectoryUnavailableException extends IllegalStateException {
    DirectoryUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
