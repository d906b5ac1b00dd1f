#include "simulators/mss/MssImapSession.h"

#include "simulators/mss/MssImapSyntax.h"
#include "simulators/mss/MssLog.h"
#include "simulators/mss/MssReports.h"
#include "simulators/mss/MssSimulatorServer.h"

#include <algorithm>
#include <utility>

namespace sgl::simulators::mss {

namespace {

constexpr int kMaxImapErrors = 20;
const QString kSeen = QStringLiteral("\\Seen");

bool hasFlag(const StoredMail &m, const QByteArray &flag)
{
    return std::any_of(m.flags.begin(), m.flags.end(),
                       [&](const QString &f) { return f.compare(QLatin1StringView(flag), Qt::CaseInsensitive) == 0; });
}

QByteArray flagList(const QStringList &flags)
{
    return '(' + flags.join(QLatin1Char(' ')).toLatin1() + ')';
}

QByteArray literal(const QByteArray &bytes)
{
    return '{' + QByteArray::number(bytes.size()) + "}\r\n" + bytes;
}

} // namespace

MssImapSession::MssImapSession(QSslSocket *socket, MssSimulatorServer &server) : MssConnection(socket, server, "imap")
{
}

void MssImapSession::greet()
{
    untagged("OK [CAPABILITY " + capabilities() + "] sgl-mss-sim IMAP4rev1 ready");
}

QByteArray MssImapSession::capabilities() const
{
    if (!isEncrypted())
        return "IMAP4rev1 STARTTLS LOGINDISABLED";
    if (m_state == State::NotAuthenticated)
        return "IMAP4rev1 SASL-IR AUTH=EXTERNAL AUTH=PLAIN UNSELECT";
    return "IMAP4rev1 UNSELECT";
}

void MssImapSession::untagged(const QByteArray &text)
{
    send("* " + text + "\r\n");
}

void MssImapSession::ok(const QByteArray &tag, const QByteArray &text)
{
    m_errors = 0;
    send(tag + " OK " + text + "\r\n");
}

void MssImapSession::bad(const QByteArray &tag, const QByteArray &text)
{
    qCInfo(lcMssSim).noquote() << "imap" << peer() << "BAD:" << QString::fromLatin1(text);
    send(tag + " BAD " + text + "\r\n");
    if (++m_errors >= kMaxImapErrors) {
        untagged("BYE Too many errors");
        closeAfterSend();
    }
}

void MssImapSession::no(const QByteArray &tag, const QByteArray &text)
{
    qCInfo(lcMssSim).noquote() << "imap" << peer() << "NO:" << QString::fromLatin1(text);
    send(tag + " NO " + text + "\r\n");
    if (++m_errors >= kMaxImapErrors) {
        untagged("BYE Too many errors");
        closeAfterSend();
    }
}

void MssImapSession::lineTooLong()
{
    qCInfo(lcMssSim).noquote() << "imap" << peer() << "line too long";
    untagged("BAD Line too long");
    untagged("BYE Line too long");
    closeAfterSend();
}

void MssImapSession::lineReceived(const QByteArray &line)
{
    if (!m_saslTag.isEmpty()) {
        saslResponse(line);
        return;
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray tag = space < 0 ? line : line.left(space);
    if (!MssImapSyntax::isTag(tag)) {
        untagged("BAD Invalid tag");
        if (++m_errors >= kMaxImapErrors) {
            untagged("BYE Too many errors");
            closeAfterSend();
        }
        return;
    }
    const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1);
    const qsizetype space2 = rest.indexOf(' ');
    const QByteArray verb = (space2 < 0 ? rest : rest.left(space2)).toUpper();
    const auto args = MssImapSyntax::split(space2 < 0 ? QByteArray() : rest.mid(space2 + 1));
    if (verb.isEmpty()) {
        bad(tag, "Missing command");
        return;
    }
    if (!args) {
        bad(tag, "Unsupported syntax (literal or unbalanced quote/parenthesis)");
        return;
    }
    command(tag, verb, *args);
}

void MssImapSession::command(const QByteArray &tag, const QByteArray &verb, const QList<QByteArray> &args)
{
    if (verb == "CAPABILITY") {
        untagged("CAPABILITY " + capabilities());
        ok(tag, "CAPABILITY completed");
    } else if (verb == "NOOP") {
        if (m_state == State::Selected)
            refresh(true);
        ok(tag, "NOOP completed");
    } else if (verb == "LOGOUT") {
        untagged("BYE sgl-mss-sim logging out");
        ok(tag, "LOGOUT completed");
        closeAfterSend();
    } else if (verb == "STARTTLS") {
        if (isEncrypted() || m_state != State::NotAuthenticated)
            bad(tag, "TLS already active");
        else {
            ok(tag, "Begin TLS negotiation now");
            startTls();
        }
    } else if (verb == "LOGIN" || verb == "AUTHENTICATE") {
        if (m_state != State::NotAuthenticated)
            bad(tag, "Already authenticated");
        else if (!isEncrypted())
            no(tag, "[PRIVACYREQUIRED] STARTTLS required before authentication");
        else if (verb == "AUTHENTICATE")
            authenticate(tag, args);
        else if (args.size() != 2)
            bad(tag, "Syntax: LOGIN user password");
        else
            login(tag, QString::fromUtf8(args[0]), QString::fromUtf8(args[1]), "LOGIN");
    } else if (m_state == State::NotAuthenticated) {
        static const QList<QByteArray> later{"LIST",  "SELECT", "EXAMINE", "SEARCH", "FETCH", "STORE",
                                             "UID",   "CHECK",  "CLOSE",   "UNSELECT", "EXPUNGE"};
        bad(tag, later.contains(verb) ? "Not authenticated" : "Unknown command");
    } else if (verb == "LIST") {
        if (args.size() != 2)
            bad(tag, "Syntax: LIST reference mailbox");
        else {
            if (args[1] == "*" || args[1] == "%" || args[1].compare("INBOX", Qt::CaseInsensitive) == 0)
                untagged("LIST (\\HasNoChildren) \"/\" INBOX");
            ok(tag, "LIST completed");
        }
    } else if (verb == "SELECT" || verb == "EXAMINE") {
        select(tag, args, verb == "EXAMINE");
    } else if (m_state != State::Selected) {
        static const QList<QByteArray> selected{"SEARCH", "FETCH", "STORE", "UID", "CHECK", "CLOSE", "UNSELECT",
                                                "EXPUNGE"};
        bad(tag, selected.contains(verb) ? "No mailbox selected" : "Unknown command");
    } else if (verb == "CHECK") {
        ok(tag, "CHECK completed");
    } else if (verb == "CLOSE" || verb == "UNSELECT") {
        m_state = State::Authenticated;
        m_uids.clear();
        ok(tag, verb + " completed");
    } else if (verb == "EXPUNGE") {
        no(tag, "[CANNOT] The simulator never deletes messages");
    } else if (verb == "SEARCH") {
        search(tag, args, false);
    } else if (verb == "FETCH") {
        fetch(tag, args, false);
    } else if (verb == "STORE") {
        store(tag, args, false);
    } else if (verb == "UID") {
        const QByteArray sub = args.value(0).toUpper();
        const QList<QByteArray> rest = args.mid(1);
        if (sub == "SEARCH")
            search(tag, rest, true);
        else if (sub == "FETCH")
            fetch(tag, rest, true);
        else if (sub == "STORE")
            store(tag, rest, true);
        else
            bad(tag, "Unknown UID command");
    } else {
        bad(tag, "Unknown command");
    }
}

void MssImapSession::authenticate(const QByteArray &tag, const QList<QByteArray> &args)
{
    const QByteArray mechanism = args.value(0).toUpper();
    if (args.isEmpty() || args.size() > 2 || (mechanism != "EXTERNAL" && mechanism != "PLAIN")) {
        no(tag, "[CANNOT] Unsupported authentication mechanism");
        return;
    }
    m_saslTag = tag;
    m_saslMechanism = mechanism;
    if (args.size() == 2) {
        saslResponse(args[1]);
        return;
    }
    send("+ \r\n");
}

void MssImapSession::saslResponse(const QByteArray &line)
{
    const QByteArray tag = std::exchange(m_saslTag, {});
    if (line == "*") {
        bad(tag, "AUTHENTICATE cancelled");
        return;
    }
    const QByteArray decoded = line == "=" ? QByteArray() : QByteArray::fromBase64(line.trimmed());
    if (m_saslMechanism == "EXTERNAL") {
        // The authorization identity, when given, must be the certificate's mailbox.
        const QString user = decoded.isEmpty() ? certificateMailbox() : QString::fromUtf8(decoded);
        if (user.toLower() != certificateMailbox()) {
            no(tag, "[AUTHENTICATIONFAILED] Certificate does not belong to " + user.toUtf8());
            return;
        }
        login(tag, user, QString(), "EXTERNAL");
        return;
    }
    const QList<QByteArray> fields = decoded.split('\0');
    if (fields.size() != 3) {
        bad(tag, "Malformed PLAIN response");
        return;
    }
    login(tag, QString::fromUtf8(fields[1]), QString::fromUtf8(fields[2]), "PLAIN");
}

void MssImapSession::login(const QByteArray &tag, const QString &user, const QString &password, const char *how)
{
    const QString address = user.toLower();
    const bool external = qstrcmp(how, "EXTERNAL") == 0;
    if (!external && !m_server.passwordAccepted(address, certificateMailbox(), password)) {
        no(tag, "[AUTHENTICATIONFAILED] Authentication failed");
        return;
    }
    m_mailbox = address;
    m_state = State::Authenticated;
    qCInfo(lcMssSim).noquote() << "imap" << peer() << how << "login" << m_mailbox;
    ok(tag, "[CAPABILITY " + capabilities() + "] Logged in");
}

void MssImapSession::refresh(bool announce)
{
    const qsizetype before = m_uids.size();
    m_uids.clear();
    for (const StoredMail &m : m_server.store().messages(m_mailbox))
        m_uids << m.uid;
    if (announce && m_uids.size() != before)
        untagged(QByteArray::number(m_uids.size()) + " EXISTS");
}

void MssImapSession::select(const QByteArray &tag, const QList<QByteArray> &args, bool readOnly)
{
    m_state = State::Authenticated; // a failed SELECT leaves no mailbox selected (RFC 3501 6.3.1)
    m_uids.clear();
    if (args.size() != 1) {
        bad(tag, "Syntax: SELECT mailbox");
        return;
    }
    if (args[0].compare("INBOX", Qt::CaseInsensitive) != 0) {
        no(tag, "[NONEXISTENT] Only INBOX exists");
        return;
    }
    m_readOnly = readOnly;
    m_state = State::Selected;
    refresh(false);
    const MssMailStore &store = m_server.store();
    qsizetype unseen = 0;
    const QList<StoredMail> mails = store.messages(m_mailbox);
    for (qsizetype i = 0; i < mails.size() && unseen == 0; ++i) {
        if (!mails[i].flags.contains(kSeen))
            unseen = i + 1;
    }
    untagged("FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $SglDone $SglHeld)");
    untagged("OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted");
    untagged(QByteArray::number(m_uids.size()) + " EXISTS");
    untagged("0 RECENT");
    if (unseen > 0)
        untagged("OK [UNSEEN " + QByteArray::number(unseen) + "] First unseen");
    untagged("OK [UIDVALIDITY " + QByteArray::number(store.uidValidity(m_mailbox)) + "] UIDs valid");
    untagged("OK [UIDNEXT " + QByteArray::number(store.uidNext(m_mailbox)) + "] Predicted next UID");
    ok(tag, readOnly ? "[READ-ONLY] EXAMINE completed" : "[READ-WRITE] SELECT completed");
}

QList<QPair<qint64, StoredMail>> MssImapSession::resolve(const QByteArray &set, bool byUid) const
{
    QList<QPair<qint64, StoredMail>> out;
    const QList<StoredMail> mails = m_server.store().messages(m_mailbox);
    const qint64 largest = byUid ? (m_uids.isEmpty() ? 0 : m_uids.last()) : m_uids.size();
    for (qsizetype i = 0; i < m_uids.size() && i < mails.size(); ++i) {
        if (MssImapSyntax::inSequenceSet(set, byUid ? m_uids[i] : i + 1, largest))
            out.append({i + 1, mails[i]});
    }
    return out;
}

void MssImapSession::search(const QByteArray &tag, const QList<QByteArray> &criteria, bool byUid)
{
    if (criteria.isEmpty()) {
        bad(tag, "Syntax: SEARCH criteria");
        return;
    }
    const QList<StoredMail> mails = m_server.store().messages(m_mailbox);
    const StoredMail none;
    QList<qint64> hits;
    // i = -1 is a pass over no message: the whole syntax is checked even in an empty mailbox.
    for (qsizetype i = -1; i < m_uids.size() && i < mails.size(); ++i) {
        const StoredMail &m = i < 0 ? none : mails[i];
        bool match = true;
        for (qsizetype c = 0; c < criteria.size(); ++c) {
            const QByteArray key = criteria[c].toUpper();
            const auto next = [&]() -> std::optional<QByteArray> {
                if (c + 1 >= criteria.size())
                    return std::nullopt;
                return criteria[++c];
            };
            if (key == "ALL")
                continue;
            if (key == "SEEN" || key == "UNSEEN")
                match = match && (hasFlag(m, "\\Seen") == (key == "SEEN"));
            else if (key == "FLAGGED" || key == "UNFLAGGED")
                match = match && (hasFlag(m, "\\Flagged") == (key == "FLAGGED"));
            else if (key == "DELETED" || key == "UNDELETED")
                match = match && (hasFlag(m, "\\Deleted") == (key == "DELETED"));
            else if (key == "KEYWORD" || key == "UNKEYWORD") {
                const auto k = next();
                if (!k || !MssImapSyntax::flags(*k) || k->startsWith('\\')) {
                    bad(tag, "Syntax: " + key + " keyword");
                    return;
                }
                match = match && (hasFlag(m, *k) == (key == "KEYWORD"));
            } else if (key == "UID") {
                const auto set = next();
                if (!set || !MssImapSyntax::isSequenceSet(*set)) {
                    bad(tag, "Syntax: UID sequence-set");
                    return;
                }
                match = match && MssImapSyntax::inSequenceSet(*set, m.uid, m_uids.isEmpty() ? 0 : m_uids.last());
            } else if (MssImapSyntax::isSequenceSet(criteria[c])) {
                match = match && MssImapSyntax::inSequenceSet(criteria[c], i + 1, m_uids.size());
            } else if (key == "CHARSET") {
                const auto cs = next();
                if (!cs || (cs->toUpper() != "UTF-8" && cs->toUpper() != "US-ASCII")) {
                    no(tag, "[BADCHARSET (UTF-8 US-ASCII)] Unsupported charset");
                    return;
                }
            } else {
                bad(tag, "Unsupported search criterion " + criteria[c].left(40));
                return;
            }
        }
        if (match && i >= 0)
            hits << (byUid ? m.uid : i + 1);
    }
    QByteArray line = "SEARCH";
    for (const qint64 h : hits)
        line += ' ' + QByteArray::number(h);
    untagged(line);
    ok(tag, byUid ? "UID SEARCH completed" : "SEARCH completed");
}

void MssImapSession::fetch(const QByteArray &tag, const QList<QByteArray> &args, bool byUid)
{
    if (args.size() != 2 || !MssImapSyntax::isSequenceSet(args[0])) {
        bad(tag, "Syntax: FETCH sequence-set items");
        return;
    }
    const auto items = MssImapSyntax::split(MssImapSyntax::unparenthesised(args[1]));
    static const QList<QByteArray> known{"UID",           "FLAGS",        "RFC822.SIZE",      "BODY[]",
                                         "BODY.PEEK[]",   "RFC822",       "BODY[HEADER]",     "BODY.PEEK[HEADER]",
                                         "RFC822.HEADER"};
    QList<QByteArray> wanted;
    for (const QByteArray &i : items.value_or(QList<QByteArray>{})) {
        const QByteArray item = i.toUpper();
        if (!known.contains(item)) {
            bad(tag, "Unsupported FETCH item " + i.left(40));
            return;
        }
        wanted << item;
    }
    if (wanted.isEmpty()) {
        bad(tag, "Syntax: FETCH sequence-set items");
        return;
    }
    for (auto [seq, mail] : resolve(args[0], byUid)) {
        const bool setsSeen = !m_readOnly
                              && (wanted.contains("BODY[]") || wanted.contains("RFC822")
                                  || wanted.contains("BODY[HEADER]"));
        bool flagsChanged = false;
        if (setsSeen && !mail.flags.contains(kSeen)) {
            mail.flags << kSeen;
            mail.flags.sort();
            m_server.store().setFlags(m_mailbox, mail.uid, mail.flags);
            flagsChanged = true;
        }
        QByteArray head;
        QByteArray tail;
        if (byUid || wanted.contains("UID"))
            head += "UID " + QByteArray::number(mail.uid) + ' ';
        if (wanted.contains("FLAGS") || flagsChanged)
            head += "FLAGS " + flagList(mail.flags) + ' ';
        if (wanted.contains("RFC822.SIZE"))
            head += "RFC822.SIZE " + QByteArray::number(mail.bytes.size()) + ' ';
        // Literals last: libcurl reads the size from the first '{' of the line.
        for (const QByteArray &w : wanted) {
            if (w == "BODY[]" || w == "BODY.PEEK[]")
                tail += "BODY[] " + literal(mail.bytes) + ' ';
            else if (w == "RFC822")
                tail += "RFC822 " + literal(mail.bytes) + ' ';
            else if (w == "BODY[HEADER]" || w == "BODY.PEEK[HEADER]")
                tail += "BODY[HEADER] " + literal(MssReports::headerBlock(mail.bytes) + "\r\n") + ' ';
            else if (w == "RFC822.HEADER")
                tail += "RFC822.HEADER " + literal(MssReports::headerBlock(mail.bytes) + "\r\n") + ' ';
        }
        QByteArray all = head + tail;
        all.chop(1);
        untagged(QByteArray::number(seq) + " FETCH (" + all + ')');
    }
    ok(tag, byUid ? "UID FETCH completed" : "FETCH completed");
}

void MssImapSession::store(const QByteArray &tag, const QList<QByteArray> &args, bool byUid)
{
    if (args.size() != 3 || !MssImapSyntax::isSequenceSet(args[0])) {
        bad(tag, "Syntax: STORE sequence-set [+|-]FLAGS[.SILENT] (flags)");
        return;
    }
    QByteArray item = args[1].toUpper();
    const bool silent = item.endsWith(".SILENT");
    if (silent)
        item.chop(7);
    if (item != "FLAGS" && item != "+FLAGS" && item != "-FLAGS") {
        bad(tag, "Syntax: STORE sequence-set [+|-]FLAGS[.SILENT] (flags)");
        return;
    }
    const auto flags = MssImapSyntax::flags(args[2]);
    if (!flags) {
        bad(tag, "Invalid flag list");
        return;
    }
    if (m_readOnly) {
        no(tag, "[READ-ONLY] Mailbox is read-only");
        return;
    }
    for (auto [seq, mail] : resolve(args[0], byUid)) {
        QStringList now = item == "FLAGS" ? *flags : mail.flags;
        if (item == "+FLAGS")
            now += *flags;
        else if (item == "-FLAGS")
            now.removeIf([&](const QString &f) { return flags->contains(f); });
        now.removeDuplicates();
        now.sort();
        m_server.store().setFlags(m_mailbox, mail.uid, now);
        if (!silent)
            untagged(QByteArray::number(seq) + " FETCH (" + (byUid ? "UID " + QByteArray::number(mail.uid) + ' ' : "")
                     + "FLAGS " + flagList(now) + ')');
    }
    ok(tag, byUid ? "UID STORE completed" : "STORE completed");
}

} // namespace sgl::simulators::mss
