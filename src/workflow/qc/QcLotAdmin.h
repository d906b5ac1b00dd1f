#pragma once

#include "domain/Error.h"
#include "domain/qc/QcLot.h"
#include "domain/qc/WestgardRule.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace sgl::workflow::qc {

/**
 * Control materials, lots and Westgard rules per analysis (technician or biologist: permission
 * ResultTechnicalValidate). Each save is checked first (domain::qc::QcLotValidator: SD 0, N < 2,
 * missing field — refused with the field named, nothing written), then written in one
 * transaction with its audit row (qc.material, qc.lot, qc.rules; before/after JSON). A new
 * material or lot has id 0; an update carries the version shown (storage.conflict when stale).
 * A lot whose analysis is not in the current catalogue, or retired, is refused (qc.missing_field
 * on "analysisCode"). Two lots with the same analyzer, analysis, material and number:
 * storage.duplicate.
 */
class QcLotAdmin {
public:
    QcLotAdmin(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<domain::qc::QcMaterial> saveMaterial(domain::qc::QcMaterial material);
    [[nodiscard]] domain::Result<domain::qc::QcLot> saveLot(domain::qc::QcLot lot);
    /**
     * Empty list: back to the default (every rule). An analysis the current catalogue lacks, or
     * retired: qc.missing_field (location "analysisCode", the analysis named), nothing
     * written — as saveLot for a lot of such an analysis.
     */
    [[nodiscard]] domain::Status setRules(const QString &analysisCode, const QList<domain::qc::WestgardRule> &rules);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::qc
