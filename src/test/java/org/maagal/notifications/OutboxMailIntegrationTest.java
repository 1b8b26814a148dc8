package org.maagal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a mailing job could not send, because the mail server was down, is waiting again, to go out once when the
 * server is back, and what the server took is confirmed at the job's end. More messages than a job's share go out
 * in more than one job, each message once.
 */
@MaagalIntegrationTest
class OutboxMailIntegrationTest {

  static final Instant WRITTEN = Instant.parse("2026-02-02T07:00:00Z");

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @Autowired
  Outbox outbox;
  @Autowired
  Notifications notifications;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void aShareTheServerCouldNotTakeWaitsAndGoesOutOnceWhenTheServerIsBack() throws Exception {
    List<Long> ids = put(Outbox.SHARE + 5, "server-down");

    mail.stop();
    try {
      outbox.mailWaiting(Outbox.SHARE);
      assertThat(ids).allSatisfy(id -> assertThat(view(id).mailedAt()).as("message %d waits again", id).isNull());
    } finally {
      mail.start();
    }

    while (outbox.mailWaiting(Outbox.SHARE) > 0) {
      // the next share
    }
    for (Long id : ids) {
      var message = view(id);
      assertThat(message.mailedAt()).isNotNull();
      assertThat(message.confirmedAt()).as("the mail server took message %d", id).isNotNull();
      assertThat(received(message.email())).as("one e-mail to " + message.email()).isEqualTo(1);
    }
  }

  private List<Long> put(int count, String what) {
    return transactions.execute(status -> IntStream.range(0, count).mapToObj(i -> {
      var message = new Notification("OUTBOX-TEST|" + what + "|" + i, Notification.Kind.REMINDER, "outbox-test-" + i,
          what + "-" + i + "@outbox.example", "תזכורת: משימה " + i, "גוף ההודעה", null, WRITTEN);
      assertThat(outbox.put(message)).isTrue();
      return message.id();
    }).toList());
  }

  private Notification.NotificationView view(Long id) {
    return notifications.findById(id).orElseThrow().view();
  }

  private static long received(String address) {
    return TestMail.messagesTo(mail, address).size();
  }

}
