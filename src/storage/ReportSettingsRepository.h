#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QString>

namespace sgl::storage {

/** Key/value settings of report building (lab identity, OID root), table report_settings. */
class ReportSettingsRepository {
public:
    [[nodiscard]] static domain::Result<QHash<QString, QString>> all(ReadTx &tx);
    /** Inserts or replaces one setting. */
    [[nodiscard]] static domain::Status set(WriteTx &tx, const QString &key, const QString &value, const QString &user);
};

} // namespace sgl::storage
