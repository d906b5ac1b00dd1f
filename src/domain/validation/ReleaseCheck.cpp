#include "domain/validation/ReleaseCheck.h"

#include "domain/Tr.h"

namespace sgl::domain {

namespace {

using R = ReleaseExclusion::Reason;

QString named(const ReleaseResultFact &r)
{
    if (r.analysisLabel.isEmpty() || r.analysisLabel == r.analysisCode)
        return r.analysisCode;
    return QStringLiteral("%1 (%2)").arg(r.analysisLabel, r.analysisCode);
}

QString withFlag(const ReleaseResultFact &r)
{
    return r.flag ? QStringLiteral("%1 %2").arg(r.valueText, abnormalFlagCode(*r.flag)) : r.valueText;
}

bool outsideRange(const std::optional<AbnormalFlag> &flag)
{
    return flag && *flag != AbnormalFlag::Normal;
}

} // namespace

QString releaseExclusionCode(ReleaseExclusion::Reason reason)
{
    switch (reason) {
    case R::NothingToValidate:
        return QStringLiteral("nothing_to_validate");
    case R::PendingResult:
        return QStringLiteral("pending_result");
    case R::Critical:
        return QStringLiteral("critical");
    case R::Abnormal:
        return QStringLiteral("abnormal");
    case R::DeltaAlert:
        return QStringLiteral("delta_alert");
    case R::InstrumentFlag:
        return QStringLiteral("instrument_flag");
    case R::NonConformity:
        return QStringLiteral("non_conformity");
    case R::EditedValue:
        return QStringLiteral("edited_value");
    case R::ReflexProposal:
        return QStringLiteral("reflex_proposal");
    case R::QcHold:
        return QStringLiteral("qc_hold");
    case R::SuspectedSwap:
        return QStringLiteral("suspected_swap");
    }
    return {};
}

QList<ReleaseExclusion> ReleaseCheck::exclusions(const ReleaseFacts &facts)
{
    QList<ReleaseExclusion> out;
    int toValidate = 0;
    for (const ReleaseResultFact &r : facts.results) {
        if (r.state == ValidationState::Validated || r.state == ValidationState::Cancelled)
            continue;
        ++toValidate;
        const QString who = named(r);
        // A QC hold stands whatever the state: the run's review must come first.
        if (!r.qcHold.isEmpty())
            out << ReleaseExclusion{R::QcHold, r.analysisCode,
                                    Tr::tr("%1 : résultat retenu par le contrôle qualité (%2).").arg(who, r.qcHold)};
        if (r.state != ValidationState::TechnicallyValidated) {
            out << ReleaseExclusion{R::PendingResult, r.analysisCode,
                                    Tr::tr("%1 : résultat non validé techniquement (%2).")
                                        .arg(who, validationStateLabel(r.state).toLower())};
            continue; // nothing else about a value not yet checked at the bench
        }
        if (r.critical)
            out << ReleaseExclusion{R::Critical, r.analysisCode,
                                    r.callBackRecorded
                                        ? Tr::tr("%1 : valeur critique %2 (rappel enregistré) : à valider "
                                                 "individuellement.")
                                              .arg(who, withFlag(r))
                                        : Tr::tr("%1 : valeur critique %2 sans rappel du prescripteur enregistré.")
                                              .arg(who, withFlag(r))};
        else if (outsideRange(r.flag))
            out << ReleaseExclusion{R::Abnormal, r.analysisCode,
                                    Tr::tr("%1 : résultat hors des valeurs de référence (%2).").arg(who, withFlag(r))};
        if (!r.instrumentFlags.isEmpty())
            out << ReleaseExclusion{R::InstrumentFlag, r.analysisCode,
                                    Tr::tr("%1 : alarme de l'automate (%2).")
                                        .arg(who, r.instrumentFlags.join(QStringLiteral(", ")))};
        if (r.edited)
            out << ReleaseExclusion{R::EditedValue, r.analysisCode,
                                    Tr::tr("%1 : valeur corrigée ou modifiée à la main.").arg(who)};
    }
    if (toValidate == 0)
        out.prepend(ReleaseExclusion{R::NothingToValidate, {},
                                     Tr::tr("Dossier %1 : aucun résultat à valider.").arg(facts.dossierNumber)});
    for (const ReleaseDeltaFact &d : facts.deltaAlerts) {
        QString who = d.analysisCode;
        for (const ReleaseResultFact &r : facts.results)
            if (r.analysisCode == d.analysisCode)
                who = named(r);
        out << ReleaseExclusion{R::DeltaAlert, d.analysisCode,
                                d.text.isEmpty() ? Tr::tr("%1 : alerte delta.").arg(who)
                                                 : Tr::tr("%1 : alerte delta (%2).").arg(who, d.text)};
    }
    for (const ReleaseNonConformityFact &n : facts.nonConformities)
        out << ReleaseExclusion{R::NonConformity, n.analysisCodes.value(0),
                                n.analysisCodes.isEmpty()
                                    ? Tr::tr("Non-conformité : %1.").arg(n.reasonLabel)
                                    : Tr::tr("Non-conformité : %1 (%2).")
                                          .arg(n.reasonLabel, n.analysisCodes.join(QStringLiteral(", ")))};
    for (const ReleaseReflexFact &p : facts.pendingReflexes)
        out << ReleaseExclusion{R::ReflexProposal, p.triggerCode,
                                Tr::tr("Test réflexe %1 proposé (%2 : %3), ni accepté ni refusé.")
                                    .arg(p.ruleCode, p.analysisCodes.join(QStringLiteral(", ")), p.reason)};
    for (const QString &swap : facts.suspectedSwaps)
        out << ReleaseExclusion{R::SuspectedSwap, {}, Tr::tr("Échange de tubes suspecté par les règles : %1").arg(swap)};
    return out;
}

bool ReleaseCheck::wasEdited(const QList<ResultHistoryEntry> &history)
{
    const QString enter = validationActionCode(ValidationAction::Enter);
    const QString correct = validationActionCode(ValidationAction::Correct);
    const QString rerun = validationActionCode(ValidationAction::RequestRerun);
    std::optional<QString> lastEntered; // value of the last entry not followed by a rerun
    for (const ResultHistoryEntry &h : history) {
        if (h.action == correct)
            return true;
        if (h.action == rerun) {
            lastEntered.reset();
            continue;
        }
        if (h.action != enter)
            continue;
        if (lastEntered && h.stateBefore == ValidationState::Entered && *lastEntered != h.valueText)
            return true;
        lastEntered = h.valueText;
    }
    return false;
}

} // namespace sgl::domain
