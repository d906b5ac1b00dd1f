#include "workflow/autoval/QcHoldSource.h"

namespace sgl::workflow::autoval {

namespace {

/**
 * No QC hold known. MERGE POINT: once the QC module is merged, return
 * storage::QcHoldRepository::heldResults(tx, resultIds) here.
 */
class NoQcHolds final : public QcHoldSource {
public:
    domain::Result<QHash<qint64, QString>> heldResults(storage::WriteTx &, const QList<qint64> &) const override
    {
        return QHash<qint64, QString>{};
    }
};

} // namespace

std::shared_ptr<const QcHoldSource> defaultQcHoldSource()
{
    return std::make_shared<NoQcHolds>();
}

} // namespace sgl::workflow::autoval
