#include "app/validation/ValidationCommands.h"

#include "app/validation/ValidationServices.h"
#include "workflow/validation/BiologicalValidation.h"
#include "workflow/validation/ReflexDecisions.h"
#include "workflow/validation/ValidationActions.h"

namespace sgl::app {

using namespace sgl::domain;
using namespace sgl::workflow::validation;

bool ValidationCommands::isCritical(const ValidationResultRow &row)
{
    return row.critical;
}

const ValidationResultRow *ValidationCommands::criticalRow(const ValidationDossier &d, const ValidationResultRow *preferred)
{
    if (preferred && isCritical(*preferred))
        return preferred;
    for (const ValidationResultRow *row : d.rows())
        if (isCritical(*row))
            return row;
    return nullptr;
}

Result<QString> ValidationCommands::validate(const ValidationDossier &d, const QStringList &codes, const QString &chapter,
                                             const SharingChoices &sharing)
{
    ValidationRequest request;
    request.dossierId = d.dossierId;
    request.dossierVersion = d.version;
    request.analysisCodes = codes;
    request.chapterCode = chapter;
    for (const ValidationResultRow *r : d.rows())
        request.resultVersions.insert(r->result.id, r->result.version);
    request.sharing = sharing;
    auto out = m_services.validation().validate(request);
    if (!out)
        return std::unexpected(out.error());
    const auto &v = out->report.version;
    QString kind = v.partial ? tr("partiel") : tr("complet");
    if (v.versionNumber > 1)
        kind += tr(", rectificatif de la version %1").arg(v.versionNumber - 1);
    return tr("%n résultat(s) validé(s). Compte rendu version %1 (%2) émis ; %3", nullptr, int(out->validated.size()))
        .arg(v.versionNumber)
        .arg(kind, v.sharing.summary());
}

Result<QString> ValidationCommands::sendBack(const ValidationDossier &d, qint64 resultId, workflow::bench::RerunOrder::Kind kind,
                                             const QString &reason, std::optional<double> factor)
{
    const ValidationResultRow *row = d.row(resultId);
    SendBackRequest r;
    r.dossierId = d.dossierId;
    r.dossierVersion = d.version;
    r.resultId = resultId;
    if (row)
        r.resultVersion = row->result.version;
    r.kind = kind;
    r.reason = reason;
    r.dilutionFactor = factor;
    auto out = m_services.actions().sendBack(r);
    if (!out)
        return std::unexpected(out.error());
    return tr("%1 renvoyé à la paillasse : %2.").arg(row ? row->analysisLabel : QString::number(resultId), reason);
}

Result<QString> ValidationCommands::correct(const ValidationDossier &d, qint64 resultId, const QString &value,
                                            const QString &reason)
{
    const ValidationResultRow *row = d.row(resultId);
    CorrectionRequest r;
    r.dossierId = d.dossierId;
    r.dossierVersion = d.version;
    r.resultId = resultId;
    if (row)
        r.resultVersion = row->result.version;
    r.value = value;
    r.reason = reason;
    auto out = m_services.actions().correct(r);
    if (!out)
        return std::unexpected(out.error());
    return tr("%1 corrigé (%2) : à valider de nouveau.").arg(row ? row->analysisLabel : QString::number(resultId), value);
}

Result<QString> ValidationCommands::unvalidate(const ValidationDossier &d, const QStringList &codes, const QString &reason)
{
    auto out = m_services.actions().unvalidate(d.dossierId, d.version, codes, reason);
    if (!out)
        return std::unexpected(out.error());
    return tr("%n résultat(s) dévalidé(s) : la prochaine validation émettra un compte rendu rectificatif.", nullptr,
              int(out->results.size()));
}

Result<QString> ValidationCommands::addAnalysis(const ValidationDossier &d, const QString &code, const QString &reason)
{
    auto out = m_services.actions().addAnalysis(d.dossierId, d.version, code, reason);
    if (!out)
        return std::unexpected(out.error());
    return tr("Analyse %1 ajoutée : en attente à la paillasse.").arg(code);
}

Result<QList<AddableAnalysis>> ValidationCommands::addableAnalyses(const ValidationDossier &d)
{
    return m_services.actions().addableAnalyses(d.dossierId);
}

Result<QString> ValidationCommands::recordCallBack(const ValidationDossier &d, CallBackRequest request)
{
    request.dossierId = d.dossierId;
    request.dossierVersion = d.version;
    auto out = m_services.callBacks().record(request);
    if (!out)
        return std::unexpected(out.error());
    return tr("Rappel enregistré : %1 prévenu(e) de %2 (%3).").arg(out->calledName, out->valueText, callBackMethodLabel(out->method));
}

Result<QString> ValidationCommands::acceptReflex(const ValidationDossier &d, const QString &ruleCode)
{
    auto out = m_services.reflexes().accept(d.dossierId, d.version, ruleCode);
    if (!out)
        return std::unexpected(out.error());
    return tr("Proposition réflexe acceptée : %1 ajouté(s).").arg(out->analysisCodes.join(QStringLiteral(", ")));
}

Result<QString> ValidationCommands::declineReflex(const ValidationDossier &d, const QString &ruleCode, const QString &reason)
{
    auto out = m_services.reflexes().decline(d.dossierId, d.version, ruleCode, reason);
    if (!out)
        return std::unexpected(out.error());
    return tr("Proposition réflexe refusée : %1.").arg(reason);
}

Result<ReleaseOutcome> ValidationCommands::releaseBatch(const QString &password, const QList<qint64> &dossierIds)
{
    return m_services.batch().release(password, dossierIds);
}

QString ValidationCommands::releaseSummary(const ReleaseOutcome &outcome)
{
    QStringList lines{tr("%n dossier(s) libéré(s).", nullptr, int(outcome.released.size()))};
    for (const auto &refused : outcome.refused)
        lines << tr("%1 non libéré : %2").arg(refused.number, refused.error.message);
    return lines.join(u'\n');
}

} // namespace sgl::app
