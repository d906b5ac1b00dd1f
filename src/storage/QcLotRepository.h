#pragma once

#include "domain/Error.h"
#include "domain/qc/QcLot.h"
#include "domain/qc/WestgardRule.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::storage {

/**
 * qc_materials, qc_lots and qc_rule_config (migration 0320). Inserts and updates take the
 * values as validated by the caller (domain::qc::QcLotValidator); updates are versioned
 * (storage.conflict on a stale version) and set updated_by/updated_at. Nothing is deleted:
 * a lot is retired with active = false.
 */
class QcLotRepository {
public:
    [[nodiscard]] static domain::Status insertMaterial(WriteTx &tx, domain::qc::QcMaterial &material,
                                                       const QString &by, const QDateTime &at);
    [[nodiscard]] static domain::Status updateMaterial(WriteTx &tx, domain::qc::QcMaterial &material,
                                                       const QString &by, const QDateTime &at);
    /** Every material, by code. */
    [[nodiscard]] static domain::Result<QList<domain::qc::QcMaterial>> materials(ReadTx &tx);
    [[nodiscard]] static domain::Result<std::optional<domain::qc::QcMaterial>> material(ReadTx &tx, qint64 id);
    [[nodiscard]] static domain::Result<std::optional<domain::qc::QcMaterial>> materialByCode(ReadTx &tx,
                                                                                            const QString &code);

    [[nodiscard]] static domain::Status insertLot(WriteTx &tx, domain::qc::QcLot &lot, const QString &by,
                                                  const QDateTime &at);
    /** Versioned; lot.version is the one the screen showed and is incremented on success. */
    [[nodiscard]] static domain::Status updateLot(WriteTx &tx, domain::qc::QcLot &lot, const QString &by,
                                                  const QDateTime &at);
    [[nodiscard]] static domain::Result<std::optional<domain::qc::QcLot>> lot(ReadTx &tx, qint64 id);
    /** Every lot (active first, then by analyzer, analysis, lot number). */
    [[nodiscard]] static domain::Result<QList<domain::qc::QcLot>> lots(ReadTx &tx);
    /** Active lots of one analyzer and analysis. */
    [[nodiscard]] static domain::Result<QList<domain::qc::QcLot>> activeLots(ReadTx &tx, const QString &analyzer,
                                                                            const QString &analysisCode);

    /** The rules of an analysis; nullopt when the laboratory kept the default (every rule). */
    [[nodiscard]] static domain::Result<std::optional<QList<domain::qc::WestgardRule>>> rules(ReadTx &tx,
                                                                                            const QString &analysisCode);
    /** Inserts or replaces the rules of an analysis. */
    [[nodiscard]] static domain::Status setRules(WriteTx &tx, const QString &analysisCode,
                                                 const QList<domain::qc::WestgardRule> &rules, const QString &by,
                                                 const QDateTime &at);
};

} // namespace sgl::storage
