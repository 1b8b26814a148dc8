package org.maagal.organization;

import java.util.List;

/**
 * A committee of the cycle: the steering committee, the multi-sector design committee, or a
 * working team for one channel.
 *
 * @param chair   the id of the person who chairs it
 * @param channel the channel of a working team; absent for other committees
 * @param meetings how it meets: cadence, quorum, decisions by circulation, day, hour and place
 */
public record Committee(String id, CommitteeType type, String name, Channel channel, String chair,
    List<Member> members, MeetingRules meetings) {

  public Committee {
    members = members == null ? List.of() : List.copyOf(members);
    var defaults = MeetingRules.defaultsFor(type);
    meetings = meetings == null ? defaults : meetings.orElse(defaults);
  }

  public Committee(String id, CommitteeType type, String name, Channel channel, String chair, List<Member> members) {
    this(id, type, name, channel, chair, members, null);
  }

  public List<String> memberIds() {
    return members.stream().map(Member::person).toList();
  }

  /** The engine group of the committee's members, e.g. {@code committee-design}. */
  public String groupId() {
    return Organization.committeeGroupId(id);
  }

  /** A member of a committee and the sector they represent. */
  public record Member(String person, Sector sector) {
  }
}
