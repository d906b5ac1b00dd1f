#pragma once

#include "simulators/mss/MssConnection.h"
#include "simulators/mss/MssMailStore.h"

#include <QList>

namespace sgl::simulators::mss {

/**
 * One IMAP4rev1 connection (RFC 3501) to a mailbox of the simulator, reduced to what the lab's
 * ImapClient (libcurl) and a plain client (Python imaplib) need, and strict about the rest:
 * CAPABILITY, NOOP, LOGOUT, STARTTLS (required before logging in), LOGIN, AUTHENTICATE EXTERNAL
 * or PLAIN (with or without initial response) for the mailbox of the client certificate only;
 * LIST, SELECT/EXAMINE INBOX, SEARCH/UID SEARCH (ALL, SEEN, UNSEEN, FLAGGED, UNFLAGGED, DELETED,
 * UNDELETED, KEYWORD, UNKEYWORD, UID set, sequence set), FETCH/UID FETCH (UID, FLAGS,
 * RFC822.SIZE, BODY[], BODY.PEEK[], RFC822, BODY[HEADER], BODY.PEEK[HEADER], RFC822.HEADER),
 * STORE/UID STORE (FLAGS, +FLAGS, -FLAGS, .SILENT; flags kept in the store), CHECK, CLOSE,
 * UNSELECT. Anything else: "BAD"; a command in the wrong state: "BAD"/"NO"; literals are not
 * accepted (nothing the clients send needs one); an overlong line: "* BYE" and closed.
 */
class MssImapSession : public MssConnection
{
    Q_OBJECT
public:
    MssImapSession(QSslSocket *socket, MssSimulatorServer &server);
    void greet() override;

protected:
    void lineReceived(const QByteArray &line) override;
    void lineTooLong() override;

private:
    void command(const QByteArray &tag, const QByteArray &verb, const QList<QByteArray> &args);
    void authenticate(const QByteArray &tag, const QList<QByteArray> &args);
    void saslResponse(const QByteArray &line);
    void login(const QByteArray &tag, const QString &user, const QString &password, const char *how);
    void select(const QByteArray &tag, const QList<QByteArray> &args, bool readOnly);
    void search(const QByteArray &tag, const QList<QByteArray> &criteria, bool byUid);
    void fetch(const QByteArray &tag, const QList<QByteArray> &args, bool byUid);
    void store(const QByteArray &tag, const QList<QByteArray> &args, bool byUid);
    /** Messages of the set, as (sequence number, message). */
    [[nodiscard]] QList<QPair<qint64, StoredMail>> resolve(const QByteArray &set, bool byUid) const;
    void refresh(bool announce);
    void ok(const QByteArray &tag, const QByteArray &text);
    void bad(const QByteArray &tag, const QByteArray &text);
    void no(const QByteArray &tag, const QByteArray &text);
    void untagged(const QByteArray &text);
    [[nodiscard]] QByteArray capabilities() const;

    enum class State { NotAuthenticated, Authenticated, Selected };
    State m_state = State::NotAuthenticated;
    bool m_readOnly = false;
    QString m_mailbox;        ///< the authenticated user's address
    QList<qint64> m_uids;     ///< UIDs by sequence number (index + 1) since SELECT/NOOP
    QByteArray m_saslTag;     ///< AUTHENTICATE waiting for its client response
    QByteArray m_saslMechanism;
    int m_errors = 0;
};

} // namespace sgl::simulators::mss
