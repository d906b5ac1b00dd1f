#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace sgl::simulators::mss {

/** The pieces of IMAP4rev1 syntax (RFC 3501) the simulator reads; everything else is refused. */
class MssImapSyntax
{
public:
    /**
     * Splits command arguments at top-level spaces: atoms, quoted strings (unquoted), and
     * parenthesised or bracketed groups kept whole ("(\\Seen $SglDone)", "BODY.PEEK[]").
     * nullopt for a literal ({n}: not supported), an unterminated quote or group.
     */
    [[nodiscard]] static std::optional<QList<QByteArray>> split(const QByteArray &arguments);
    /** A valid tag (ASTRING-CHAR without '+'), at most 64 characters. */
    [[nodiscard]] static bool isTag(const QByteArray &tag);
    /** A sequence set ("1", "2:4", "5:*", "*", "1,3:5"). */
    [[nodiscard]] static bool isSequenceSet(const QByteArray &set);
    /** Whether value is in set, "*" standing for largest (the last UID or message number). */
    [[nodiscard]] static bool inSequenceSet(const QByteArray &set, qint64 value, qint64 largest);
    /**
     * A flag list "(\\Seen $SglDone)" or one flag: system flags \\Seen \\Answered \\Flagged
     * \\Deleted \\Draft (canonical case) and keywords (atoms); nullopt for anything else.
     */
    [[nodiscard]] static std::optional<QStringList> flags(const QByteArray &token);
    /** "(a b)" -> "a b"; other tokens unchanged. */
    [[nodiscard]] static QByteArray unparenthesised(const QByteArray &token);
};

} // namespace sgl::simulators::mss
