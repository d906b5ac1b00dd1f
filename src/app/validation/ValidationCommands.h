#pragma once

#include "domain/Error.h"
#include "domain/report/SharingChoices.h"
#include "workflow/bench/RerunRequest.h"
#include "workflow/validation/BatchRelease.h"
#include "workflow/validation/CriticalCallBacks.h"
#include "workflow/validation/ValidationActions.h"
#include "workflow/validation/ValidationDossier.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::app {

class ValidationServices;

/**
 * The Validation screen's actions on the dossier it shows: each builds the use case's request
 * from what is displayed (dossier version, result versions) and returns the French sentence to
 * show on success, or the use case's error unchanged (the view shows it, and reloads the
 * dossier on storage.conflict). No rule is decided here.
 */
class ValidationCommands {
    Q_DECLARE_TR_FUNCTIONS(ValidationCommands)
public:
    explicit ValidationCommands(ValidationServices &services) : m_services(services) {}

    /** Validates the whole dossier (no codes, no chapter), a chapter, or the analyses `codes`. */
    [[nodiscard]] domain::Result<QString> validate(const workflow::validation::ValidationDossier &d, const QStringList &codes,
                                                   const QString &chapter, const domain::SharingChoices &sharing);
    [[nodiscard]] domain::Result<QString> sendBack(const workflow::validation::ValidationDossier &d, qint64 resultId,
                                                   workflow::bench::RerunOrder::Kind kind, const QString &reason,
                                                   std::optional<double> factor);
    [[nodiscard]] domain::Result<QString> correct(const workflow::validation::ValidationDossier &d, qint64 resultId,
                                                  const QString &value, const QString &reason);
    [[nodiscard]] domain::Result<QString> unvalidate(const workflow::validation::ValidationDossier &d, const QStringList &codes,
                                                     const QString &reason);
    [[nodiscard]] domain::Result<QString> addAnalysis(const workflow::validation::ValidationDossier &d, const QString &code,
                                                      const QString &reason);
    /** What "Ajouter une analyse" offers for the dossier shown (the workflow's list, as is). */
    [[nodiscard]] domain::Result<QList<workflow::validation::AddableAnalysis>>
    addableAnalyses(const workflow::validation::ValidationDossier &d);
    [[nodiscard]] domain::Result<QString> recordCallBack(const workflow::validation::ValidationDossier &d,
                                                         workflow::validation::CallBackRequest request);
    [[nodiscard]] domain::Result<QString> acceptReflex(const workflow::validation::ValidationDossier &d, const QString &ruleCode);
    [[nodiscard]] domain::Result<QString> declineReflex(const workflow::validation::ValidationDossier &d, const QString &ruleCode,
                                                        const QString &reason);
    /** Releases `dossierIds`; the sentence lists the refused ones with their reasons. */
    [[nodiscard]] domain::Result<workflow::validation::ReleaseOutcome> releaseBatch(const QString &password,
                                                                                    const QList<qint64> &dossierIds);
    [[nodiscard]] static QString releaseSummary(const workflow::validation::ReleaseOutcome &outcome);

    /** The row is a critical value as the workflow read it (ValidationResultRow::critical). */
    [[nodiscard]] static bool isCritical(const workflow::validation::ValidationResultRow &row);
    /** `preferred` when critical, else the dossier's first critical result; nullptr when none. */
    [[nodiscard]] static const workflow::validation::ValidationResultRow *
    criticalRow(const workflow::validation::ValidationDossier &d, const workflow::validation::ValidationResultRow *preferred);

private:
    ValidationServices &m_services;
};

} // namespace sgl::app
