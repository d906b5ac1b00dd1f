#include "app/SettingsDialog.h"

#include "ui_SettingsDialog.h"

namespace sgl::app {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->errorLabel->hide();
    m_ui->idleLockSpin->setRange(AppSettings::kMinIdleLockMinutes,
                                 AppSettings::kMaxIdleLockMinutes);
    m_ui->languageCombo->addItem(tr("Langue du système"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));

    m_ui->databaseUrlEdit->setText(settings.databaseUrl);
    m_ui->idleLockSpin->setValue(settings.idleLockMinutes);
    const int language = m_ui->languageCombo->findData(settings.language);
    m_ui->languageCombo->setCurrentIndex(language < 0 ? 0 : language);
    m_ui->insiUrlEdit->setText(settings.insiUrl);
    m_ui->labNameEdit->setText(settings.labName);
    m_ui->labFinessEdit->setText(settings.labFiness);
    m_ui->labAddressEdit->setPlainText(settings.labAddress);
    m_ui->labPhoneEdit->setText(settings.labPhone);
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.databaseUrl = m_ui->databaseUrlEdit->text().trimmed();
    s.idleLockMinutes = m_ui->idleLockSpin->value();
    s.language = m_ui->languageCombo->currentData().toString();
    s.insiUrl = m_ui->insiUrlEdit->text().trimmed();
    s.labName = m_ui->labNameEdit->text().trimmed();
    s.labFiness = m_ui->labFinessEdit->text().trimmed().toUpper();
    s.labAddress = m_ui->labAddressEdit->toPlainText().trimmed();
    s.labPhone = m_ui->labPhoneEdit->text().trimmed();
    return s;
}

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SettingsDialog::accept()
{
    const domain::Status valid = settings().validate();
    if (!valid) {
        m_ui->errorLabel->setText(valid.error().message);
        m_ui->errorLabel->show();
        focusField(valid.error().location);
        return;
    }
    m_ui->errorLabel->hide();
    QDialog::accept();
}

void SettingsDialog::focusField(const QString &settingsKey)
{
    QWidget *field = nullptr;
    if (settingsKey.startsWith(QStringLiteral("database/")))
        field = m_ui->databaseUrlEdit;
    else if (settingsKey.startsWith(QStringLiteral("security/")))
        field = m_ui->idleLockSpin;
    else if (settingsKey.startsWith(QStringLiteral("interop/")))
        field = m_ui->insiUrlEdit;
    else if (settingsKey == QStringLiteral("lab/finess"))
        field = m_ui->labFinessEdit;
    else if (settingsKey == QStringLiteral("lab/phone"))
        field = m_ui->labPhoneEdit;
    if (!field)
        return;
    m_ui->tabs->setCurrentWidget(field->parentWidget());
    field->setFocus();
}

} // namespace sgl::app
