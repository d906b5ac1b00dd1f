#pragma once

#include "domain/Error.h"
#include "domain/analyzer/AnalyzerProfile.h"
#include "domain/security/UserSession.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::analyzers {

/** State of a held item: open until a technician resolves it. */
enum class HeldState { Open, Attached, Rejected };

/** One result the gateway could not store (analyzer_held_items row), with its raw context. */
struct HeldItem {
    qint64 id = 0;
    int version = 0;              ///< optimistic lock
    qint64 messageId = 0;         ///< analyzer_messages row holding the raw bytes
    QString profileName;
    QDateTime receivedAt;         ///< UTC
    QString specimenId;           ///< as read by the profile
    QString testCode;
    QString analysisCode;         ///< empty when unmapped
    QString valueText;
    QStringList instrumentFlags;
    QDateTime observedAt;
    QString reasonCode;           ///< analyzer.unknown_specimen, analyzer.unmapped_test...
    QString reasonText;           ///< French
    QString location;             ///< "message 1, R record 5"
    HeldState state = HeldState::Open;
    QString resolvedBy;
    QDateTime resolvedAt;
    QString resolution;           ///< the reason typed, or "attached to 240612-0007 / GLU"
};

/**
 * The held-message queue (issue 11 §6): what a technician does with results the gateway could
 * not store. Nothing leaves the queue without a decision recorded with who, when and why.
 *
 * Contract (permission ResultEnter for reads and actions; auth.forbidden first; audited):
 * - list(): open items first, oldest first; `includeResolved` adds the others (newest first);
 * - rawMessage(): the bytes of the message an item came from, for display next to it;
 * - attach(): stores the item's value on the active result of `analysisCode` (or the item's own
 *   mapped analysis when empty) of the dossier owning the tube `barcode`, through the same entry
 *   path as ingestion (ResultEntry checks, history, analyzer and instrument flags); item state
 *   Attached. When `saveMapping`, the test code → analysis mapping is added to the profile
 *   (AnalyzerProfileStore::addCodeMapping) in the same transaction, and every other OPEN item of
 *   the same profile and test code with the unmapped reason is re-tried (re-held with its new
 *   reason if it still cannot be stored). One transaction; refusals name what is wrong.
 * - reject(): closes the item with a mandatory reason (analyzer.reason_required otherwise).
 * Stale `version`: storage.conflict.
 */
class HeldResults {
public:
    HeldResults(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<QList<HeldItem>> list(bool includeResolved = false, int limit = 500);
    [[nodiscard]] domain::Result<qint64> openCount();
    [[nodiscard]] domain::Result<QByteArray> rawMessage(qint64 heldId);
    [[nodiscard]] domain::Result<HeldItem> attach(qint64 heldId, int version, const QString &barcode,
                                                  const QString &analysisCode, bool saveMapping,
                                                  const QString &reason);
    [[nodiscard]] domain::Result<HeldItem> reject(qint64 heldId, int version, const QString &reason);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::analyzers
