#pragma once

#include "domain/Error.h"
#include "domain/lab/LabResult.h"
#include "storage/Dialect.h"
#include "storage/Transaction.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace sgl::storage {

/**
 * How a domain::LabResult is bound to the columns of `results`: one place for the INSERT and for
 * the UPDATE of the changed columns, so the two cannot map a field differently. Internal to
 * storage (ResultRepository).
 */
class ResultRowWriter {
public:
    /** INSERT INTO results (insertColumns()) VALUES (?, ...), without RETURNING. */
    [[nodiscard]] static const QString &insertSql();
    [[nodiscard]] static const QStringList &insertColumns();
    /** The values of insertSql(), in insertColumns() order. */
    [[nodiscard]] static QVariantList insertBinds(const domain::LabResult &r, const Dialect &d);
    /**
     * The versioned UPDATE of the stored columns that differ between `before` (the row as
     * stored, same id and version) and `r`: SQLite rewrites an index whenever the statement sets
     * one of its columns, even to the same value, so an entry that leaves the tube, the state or
     * the run time alone does not touch their indexes. storage.conflict when the version moved.
     */
    [[nodiscard]] static domain::Status updateChanged(WriteTx &tx, const domain::LabResult &before,
                                                      const domain::LabResult &r);
    /** NULL for 0 (no id), the id otherwise. */
    [[nodiscard]] static QVariant nullId(qint64 id);
};

} // namespace sgl::storage
