#include "app/validation/ValidationShortcuts.h"

#include <QShortcut>
#include <QWidget>

namespace sgl::app {

QList<ValidationShortcuts::Entry> ValidationShortcuts::all()
{
    return {
        {Next, QKeySequence(Qt::Key_F8), tr("Ouvrir le dossier suivant de la file (déjà préchargé)"), false},
        {ValidateDossier, QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Valider le dossier entier"), true},
        {ValidateSelection, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
         tr("Valider les analyses sélectionnées (compte rendu partiel)"), true},
        {ValidateChapter, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return), tr("Valider le chapitre de l'analyse courante"), true},
        {CallBack, QKeySequence(Qt::CTRL | Qt::Key_T), tr("Enregistrer le rappel d'une valeur critique"), true},
        {SendBack, QKeySequence(Qt::CTRL | Qt::Key_R),
         tr("Renvoyer le résultat courant à la paillasse (repasse, dilution, nouveau prélèvement)"), true},
        {Correct, QKeySequence(Qt::CTRL | Qt::Key_E), tr("Corriger la valeur courante (motif obligatoire)"), true},
        {Unvalidate, QKeySequence(Qt::CTRL | Qt::Key_U), tr("Dévalider les analyses sélectionnées (motif obligatoire)"), true},
        {AddAnalysis, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Ajouter une analyse au dossier"), true},
        {AcceptReflex, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Accepter la proposition réflexe choisie"), true},
        {DeclineReflex, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         tr("Refuser la proposition réflexe choisie (motif obligatoire)"), true},
        {BatchRelease, QKeySequence(Qt::CTRL | Qt::Key_B), tr("Libération par lot (mot de passe demandé)"), true},
        {Refresh, QKeySequence(Qt::Key_F5), tr("Actualiser la file"), false},
        {FocusQueue, QKeySequence(Qt::Key_F6), tr("Aller à la file (flèches puis Entrée pour ouvrir)"), false},
        {FocusResults, QKeySequence(Qt::Key_F7), tr("Aller aux résultats (Maj+flèches pour sélectionner)"), false},
        {FocusSharing, QKeySequence(Qt::Key_F9), tr("Aller aux choix de partage du compte rendu"), false},
        {Comment, QKeySequence(Qt::CTRL | Qt::Key_K),
         tr("Ajouter un commentaire (codé ou libre, imprimé ou interne) au dossier ou au résultat courant"), true},
    };
}

QKeySequence ValidationShortcuts::keys(Action action)
{
    for (const Entry &e : all())
        if (e.action == action)
            return e.keys;
    return {};
}

QString ValidationShortcuts::description(Action action)
{
    for (const Entry &e : all())
        if (e.action == action)
            return e.text;
    return {};
}

QString ValidationShortcuts::label(const QString &text, Action action)
{
    return QStringLiteral("%1 (%2)").arg(text, keys(action).toString(QKeySequence::NativeText));
}

QString ValidationShortcuts::help()
{
    QStringList lines{tr("Raccourcis clavier :")};
    for (const Entry &e : all())
        lines << QStringLiteral("%1 : %2").arg(e.keys.toString(QKeySequence::NativeText), e.text);
    return lines.join(u'\n');
}

void ValidationShortcuts::install(QWidget *view, bool readOnly, const std::function<void(Action)> &handler)
{
    const auto add = [&](const QKeySequence &keys, Action action) {
        auto *shortcut = new QShortcut(keys, view);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, view, [handler, action] { handler(action); });
    };
    for (const Entry &e : all())
        if (!(readOnly && e.writes))
            add(e.keys, e.action);
    // Enter of the numeric keypad validates as Return does.
    if (!readOnly)
        add(QKeySequence(Qt::CTRL | Qt::Key_Enter), ValidateDossier);
}

} // namespace sgl::app
