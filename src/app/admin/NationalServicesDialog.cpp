#include "app/admin/NationalServicesDialog.h"

#include "workflow/dispatch/NationalServicesSettings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace sgl::app {

using Settings = workflow::dispatch::NationalServicesSettings;

NationalServicesDialog::NationalServicesDialog(Settings &settings, domain::UserSession session, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_session(std::move(session))
{
    setWindowTitle(tr("Services nationaux (DMP, MSSanté)"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Réglages du fichier de configuration %1, lus par le service d'envoi (sgl dispatch) "
                                "et par les postes à leur prochain démarrage. Laisser vide l'adresse d'un service le "
                                "désactive ; un mot de passe laissé vide reste inchangé.")
                                 .arg(settings.file()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    auto *dmpBox = new QGroupBox(tr("DMP"), content);
    auto *mssBox = new QGroupBox(tr("MSSanté"), content);
    auto *dmpForm = new QFormLayout(dmpBox);
    auto *mssForm = new QFormLayout(mssBox);
    auto *directoryBox = new QGroupBox(tr("Annuaire Santé"), content);
    auto *directoryForm = new QFormLayout(directoryBox);
    contentLayout->addWidget(dmpBox);
    contentLayout->addWidget(mssBox);
    contentLayout->addWidget(directoryBox);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto stored = settings.load(m_session);
    if (!stored)
        showError(stored.error().message);
    for (const Settings::Field &f : Settings::fields()) {
        auto *edit = new QLineEdit(content);
        edit->setObjectName(f.key);
        m_edits.insert(f.key, edit);
        if (f.kind == Settings::Kind::Password) {
            edit->setEchoMode(QLineEdit::Password);
            if (settings.hasSecret(f.key))
                edit->setPlaceholderText(tr("(inchangé)"));
        } else if (stored) {
            edit->setText(stored->value(f.key));
        }
        // The label without its section prefix: the group box says it.
        const QString label = f.label.section(QStringLiteral(" — "), 1);
        QWidget *row = edit;
        const bool isFile = f.kind == Settings::Kind::Certificate || f.kind == Settings::Kind::PrivateKey
                            || f.kind == Settings::Kind::CaBundle;
        if (isFile) {
            row = new QWidget(content);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(edit, 1);
            auto *browse = new QPushButton(tr("Parcourir…"), row);
            h->addWidget(browse);
            connect(browse, &QPushButton::clicked, this, [this, edit, label] {
                const QString file = QFileDialog::getOpenFileName(this, label, edit->text(),
                                                                  tr("Certificats et clés PEM (*.pem *.crt *.key);;Tous (*)"));
                if (!file.isEmpty())
                    edit->setText(file);
            });
        }
        QFormLayout *form = f.key.startsWith(QLatin1String("dmp/"))        ? dmpForm
                            : f.key.startsWith(QLatin1String("annuaire/")) ? directoryForm
                                                                           : mssForm;
        form->addRow(label.isEmpty() ? f.label : label, row);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(stored.has_value());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString NationalServicesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NationalServicesDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

bool NationalServicesDialog::save()
{
    QHash<QString, QString> values;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    auto saved = m_settings.save(m_session, values);
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setProperty("invalid", false);
    if (!saved) {
        showError(saved.error().message);
        if (QLineEdit *edit = m_edits.value(saved.error().location)) {
            edit->setProperty("invalid", true);
            edit->style()->unpolish(edit);
            edit->style()->polish(edit);
            edit->setFocus();
            edit->selectAll();
        }
        return false;
    }
    accept();
    return true;
}

} // namespace sgl::app
