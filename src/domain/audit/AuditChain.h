#pragma once

#include "domain/audit/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::domain {

/**
 * The hash-chain rule of the audit trail and its verification.
 *
 * computeHash: SHA-256 (hex) of prevHash followed by every field of the entry in a fixed
 * order, each as <length in UTF-8 bytes>":"<UTF-8 bytes>, so no two different entries share a
 * canonical form. Verification walks the rows in seq order (feed()) and then compares the end
 * of the chain with the recorded head (finish()); each problem names the row.
 */
class AuditChain {
public:
    static const QString kGenesisHash; ///< 64 zeros

    [[nodiscard]] static QString computeHash(const AuditEntry &entry);
    /**
     * The bytes computeHash() hashes (the canonical form above), for a writer that computes the
     * same SHA-256 with a faster implementation: storage hashes every appended row with
     * OpenSSL's, which uses the processor's SHA instructions.
     */
    [[nodiscard]] static QByteArray hashInput(const AuditEntry &entry);

    struct Problem {
        qint64 seq = 0;
        QString kind;    ///< "modified", "deleted", "broken_link", "truncated"
        QString message; ///< French, names the row(s)
    };

    /** Checks one row; call in increasing seq order. */
    void feed(const AuditEntry &entry);
    /** Checks the end of the chain against the head recorded by storage. */
    void finish(qint64 headSeq, const QString &headHash);
    [[nodiscard]] const QList<Problem> &problems() const { return m_problems; }
    [[nodiscard]] qint64 rowsChecked() const { return m_rows; }

private:
    qint64 m_lastSeq = 0;
    QString m_lastHash = kGenesisHash;
    qint64 m_rows = 0;
    QList<Problem> m_problems;
};

} // namespace sgl::domain
