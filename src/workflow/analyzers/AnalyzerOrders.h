#pragma once

#include "domain/Error.h"
#include "domain/analyzer/ProfileMapper.h"
#include "domain/audit/AuditActor.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::analyzers {

/** What the host tells an instrument to run on one tube. */
struct TubeOrder {
    QString barcode;
    QString dossierNumber;
    QString patientId;            ///< the dossier's patient id as text (no name is sent to an instrument)
    QString sex;                  ///< "F", "M", "U"
    QString birthDate;            ///< yyyyMMdd, empty when unknown
    QString priority;             ///< "R" routine, "S" urgent/vital (ASTM O-6 / HL7 TQ1-9)
    QString specimenType;         ///< catalogue specimen code of the tube
    QStringList testCodes;        ///< the instrument's test codes (ProfileMapper::testCodeFor), in analysis order
    QStringList analysisCodes;    ///< the catalogue analyses they stand for, same order
};

/** A host query's answer with its reason when there is no order (audited as `why`). */
struct TubeOrderLookup {
    std::optional<TubeOrder> order;
    /** Empty with an order; else unknown_specimen, specimen_rejected, specimen_not_received or no_work. */
    QString why;
    /** False only when the SGL has no tube with this barcode (ASTM answers O-26 = Z, not Y). */
    [[nodiscard]] bool specimenKnown() const { return why != QStringLiteral("unknown_specimen"); }
};

/**
 * Use case "which work does this instrument have for this tube" (issue 11 §5: host query and
 * worklist download).
 *
 * Contract: forBarcode() answers std::nullopt ("no order") when the barcode is unknown, the tube
 * is not received or rejected, its dossier is closed, or none of its active results awaiting a
 * value (pending, rerun requested) maps to a test code of this profile; otherwise the order with
 * only those tests. The read is audited (analyzer.host_query with the barcode and the answer).
 * pendingWorklist() lists, for worklist download, every received tube with such work, oldest
 * reception first, at most `limit`.
 */
class AnalyzerOrders {
public:
    AnalyzerOrders(storage::Database &db, domain::AuditActor actor);

    [[nodiscard]] domain::Result<std::optional<TubeOrder>> forBarcode(const domain::analyzer::ProfileMapper &mapper,
                                                                      const QString &barcode);
    /** forBarcode() with the reason of a "no order" (same audit row). */
    [[nodiscard]] domain::Result<TubeOrderLookup> lookup(const domain::analyzer::ProfileMapper &mapper,
                                                         const QString &barcode);
    [[nodiscard]] domain::Result<QList<TubeOrder>> pendingWorklist(const domain::analyzer::ProfileMapper &mapper,
                                                                   int limit = 200);

private:
    storage::Database &m_db;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::analyzers
