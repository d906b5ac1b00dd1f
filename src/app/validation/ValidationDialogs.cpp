#include "app/validation/ValidationDialogs.h"

#include "app/validation/AddAnalysisDialog.h"
#include "app/validation/BatchReleaseDialog.h"
#include "app/validation/CallBackDialog.h"
#include "app/validation/ValidationReasonDialog.h"
#include "app/validation/SendBackDialog.h"
#include "app/validation/ValidationCommands.h"
#include "app/validation/ValidationView.h"

namespace sgl::app {

using workflow::validation::ValidationResultRow;

namespace {

QString describe(const ValidationResultRow &r)
{
    return QCoreApplication::translate("sgl::app::ValidationDialogs", "%1 : %2 %3")
        .arg(r.analysisLabel, r.result.value.displayFr(), r.unit)
        .trimmed();
}

} // namespace

void ValidationDialogs::sendBack(ValidationView &view)
{
    const ValidationResultRow *r = view.currentRow();
    if (!r) {
        view.showMessage(tr("Placez-vous sur le résultat à renvoyer."), true);
        return;
    }
    const qint64 id = r->result.id;
    SendBackDialog dialog(describe(*r), &view);
    if (dialog.exec() == QDialog::Accepted)
        view.sendBack(id, dialog.kind(), dialog.reason(), dialog.factor());
}

void ValidationDialogs::correct(ValidationView &view)
{
    const ValidationResultRow *r = view.currentRow();
    if (!r) {
        view.showMessage(tr("Placez-vous sur le résultat à corriger."), true);
        return;
    }
    const qint64 id = r->result.id;
    ValidationReasonDialog dialog(tr("Corriger une valeur"), describe(*r), &view);
    dialog.askValue(tr("Nouvelle valeur :"), r->result.value.displayFr());
    if (dialog.exec() == QDialog::Accepted)
        view.correct(id, dialog.value(), dialog.reason());
}

void ValidationDialogs::unvalidate(ValidationView &view)
{
    QStringList codes, labels;
    for (const ValidationResultRow *r : view.selectedRows()) {
        codes << r->result.analysisCode;
        labels << r->analysisLabel;
    }
    if (codes.isEmpty()) {
        view.showMessage(tr("Sélectionnez les analyses à dévalider."), true);
        return;
    }
    ValidationReasonDialog dialog(tr("Dévalider"),
                        tr("Dévalider : %1.\nLa prochaine validation émettra un compte rendu rectificatif qui remplace le "
                           "précédent.")
                            .arg(labels.join(QStringLiteral(", "))),
                        &view);
    if (dialog.exec() == QDialog::Accepted)
        view.unvalidate(codes, dialog.reason());
}

void ValidationDialogs::addAnalysis(ValidationView &view)
{
    if (!view.dossier())
        return;
    auto analyses = view.commands().addableAnalyses(*view.dossier());
    if (!analyses) {
        view.showMessage(analyses.error().message, true);
        return;
    }
    if (analyses->isEmpty()) {
        view.showMessage(tr("Aucune analyse du catalogue ne peut être ajoutée à ce dossier."), false);
        return;
    }
    AddAnalysisDialog dialog(*analyses, &view);
    if (dialog.exec() == QDialog::Accepted)
        view.addAnalysis(dialog.code(), dialog.reason());
}

void ValidationDialogs::callBack(ValidationView &view)
{
    const auto *d = view.dossier();
    const ValidationResultRow *r = d ? ValidationCommands::criticalRow(*d, view.currentRow()) : nullptr;
    if (!r) {
        view.showMessage(tr("Aucune valeur critique (LL/HH) dans ce dossier : placez-vous sur le résultat concerné."), true);
        return;
    }
    const qint64 id = r->result.id;
    CallBackDialog dialog(tr("Valeur critique — %1").arg(describe(*r)), &view);
    if (dialog.exec() == QDialog::Accepted)
        view.recordCallBack(dialog.request(d->dossierId, d->version, id));
}

void ValidationDialogs::declineReflex(ValidationView &view)
{
    const QString rule = view.currentReflexRule();
    if (rule.isEmpty()) {
        view.showMessage(tr("Choisissez une proposition réflexe."), true);
        return;
    }
    ValidationReasonDialog dialog(tr("Refuser une proposition réflexe"), view.currentReflexText(), &view);
    if (dialog.exec() == QDialog::Accepted)
        view.declineReflex(rule, dialog.reason());
}

void ValidationDialogs::batchRelease(ValidationView &view)
{
    const auto candidates = view.releaseCandidates();
    if (candidates.isEmpty()) {
        if (view.messageText().isEmpty())
            view.showMessage(tr("Aucun dossier techniquement complet à libérer."), false);
        return;
    }
    BatchReleaseDialog dialog(candidates, &view);
    if (dialog.exec() == QDialog::Accepted)
        view.releaseBatch(dialog.password(), dialog.selectedDossiers());
}

} // namespace sgl::app
