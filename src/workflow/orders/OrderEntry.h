#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/OrderedExam.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/orders/DossierRequest.h"
#include "workflow/orders/TubeAllocation.h"

#include <QList>
#include <QStringList>

namespace sgl::workflow::orders {

/** What a creation or an edit of a request did. */
struct DossierChange {
    domain::Dossier dossier;                 ///< as stored after the change (new version)
    QList<domain::OrderedExam> exams;        ///< every exam of the dossier after the change
    QList<AllocatedTube> newTubes;           ///< tubes created by this change (labels to print)
    QList<domain::LabResult> addedResults;   ///< results created by this change (pending)
    QList<qint64> cancelledResults;          ///< results cancelled by this change
    QStringList warnings;                    ///< French sentences (RPPS key, tube types missing...)
};

/** An exam the order screen can offer. */
struct ExamChoice {
    QString code;
    QString label;
    QStringList analysisLabels;              ///< active analyses, in order
};

/**
 * Entering and editing requests (the secretary's order entry): creating a dossier with its
 * exams, results (pending) and tubes; adding exams or cancelling one with a reason while the
 * dossier is open; correcting the request fields. Each action is one transaction: a refusal
 * stores nothing. Every change is audited (dossier.create, dossier.exam_add, dossier.exam_cancel,
 * dossier.update, specimen.create, result.create...).
 *
 * Edits take the version of the dossier the screen shows: when another workstation changed it
 * meanwhile the edit is refused with storage.conflict and nothing is written (the screen reloads).
 *
 * Requires Permission::DossierCreate (auth.forbidden otherwise, before anything is read).
 */
class OrderEntry {
public:
    OrderEntry(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<DossierChange> create(const DossierRequest &request);
    [[nodiscard]] domain::Result<DossierChange> addExams(qint64 dossierId, int version, const QStringList &examCodes,
                                                         const QMap<QString, QString> &clinicalAnswers);
    [[nodiscard]] domain::Result<DossierChange> cancelExam(qint64 dossierId, int version, const QString &examCode,
                                                           const QString &reason);
    /** Prescriber, sampling, origin, priority, recipients, copies and clinical note (exams unchanged). */
    [[nodiscard]] domain::Result<DossierChange> updateRequest(qint64 dossierId, int version, const DossierRequest &request);

    /** Active exams whose code or label contains `text` (case and accents ignored), at most `limit`. */
    [[nodiscard]] domain::Result<QList<ExamChoice>> searchExams(const QString &text, int limit = 50);
    /** The clinical questions `examCodes` require for a patient of that sex, given the answers so far. */
    [[nodiscard]] domain::Result<QList<domain::ClinicalQuestion>>
    questionsFor(const QStringList &examCodes, domain::Sex sex, const QMap<QString, QString> &answers);

    /** "D" + yyMMdd + "-" + the day's sequence on 4 digits ("D261205-0012"). */
    [[nodiscard]] static QString dossierNumber(const QDate &day, qint64 sequence);

private:
    [[nodiscard]] domain::Result<DossierChange> addAnalyses(storage::WriteTx &tx, DossierChange &change,
                                                            const QList<domain::OrderedExam> &exams);

    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::orders
