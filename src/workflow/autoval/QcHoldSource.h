#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace sgl::workflow::autoval {

/**
 * Which results internal QC holds (a rejected run of their analyzer and analysis not yet
 * reviewed). Auto-validation never releases such a result: the engine holds it (SYS.CQ) and the
 * flow checks again before validating.
 *
 * The product source, defaultQcHoldSource(), reads storage::QcHoldRepository::heldResults in the
 * caller's transaction; tests may pass another.
 */
class QcHoldSource {
public:
    virtual ~QcHoldSource() = default;
    /** result id -> French reason (« CQ rejeté : GLU, lot L123, règle 1-3s le 06/12/2026 10:42 ») for the held ones. */
    [[nodiscard]] virtual domain::Result<QHash<qint64, QString>> heldResults(storage::WriteTx &tx,
                                                                             const QList<qint64> &resultIds) const = 0;
};

/** The product's source of QC holds (see QcHoldSource). */
[[nodiscard]] std::shared_ptr<const QcHoldSource> defaultQcHoldSource();

} // namespace sgl::workflow::autoval
