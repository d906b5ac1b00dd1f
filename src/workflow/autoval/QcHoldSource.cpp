#include "workflow/autoval/QcHoldSource.h"

#include "storage/QcHoldRepository.h"

namespace sgl::workflow::autoval {

namespace {

/** The internal QC's holds as stored (a rejected run waiting for its review, storage::QcHoldRepository). */
class StoredQcHolds final : public QcHoldSource {
public:
    domain::Result<QHash<qint64, QString>> heldResults(storage::WriteTx &tx, const QList<qint64> &resultIds) const override
    {
        return storage::QcHoldRepository::heldResults(tx, resultIds);
    }
};

} // namespace

std::shared_ptr<const QcHoldSource> defaultQcHoldSource()
{
    return std::make_shared<StoredQcHolds>();
}

} // namespace sgl::workflow::autoval
