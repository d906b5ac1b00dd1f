#include "app/shell/SettingsDialog.h"

#include "app/admin/LabelLayoutEditor.h"
#include "app/shell/CpsSettingsPage.h"
#include "app/shell/PscSettingsPage.h"
#include "ui_SettingsDialog.h"

namespace sgl::app {

SettingsDialog::SettingsDialog(const AppSettings &settings, const LabLetterhead &letterhead,
                               LetterheadSaver saveLetterhead, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::SettingsDialog>()),
      m_initial(settings),
      m_initialLetterhead(letterhead),
      m_saveLetterhead(std::move(saveLetterhead))
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
    m_ui->labelPrinterEdit->setText(settings.labelPrinter);
    m_ui->analyzerGatewayCheck->setChecked(settings.analyzerGateway);
    m_ui->analyzerLogDirEdit->setText(settings.analyzerTrafficDir);
    m_ui->dispatchInAppCheck->setChecked(settings.dispatchInApp);
    m_pscPage = new PscSettingsPage(this);
    m_pscPage->load(settings);
    m_ui->tabs->addTab(m_pscPage, tr("Pro Santé Connect"));
    m_cpsPage = new CpsSettingsPage(this);
    m_cpsPage->load(settings);
    m_ui->tabs->addTab(m_cpsPage, tr("Carte CPS"));

    m_ui->labNameEdit->setText(letterhead.name);
    m_ui->labFinessEdit->setText(letterhead.finess);
    m_ui->labStreetEdit->setText(letterhead.street);
    m_ui->labPostalCodeEdit->setText(letterhead.postalCode);
    m_ui->labCityEdit->setText(letterhead.city);
    m_ui->labPhoneEdit->setText(letterhead.phone);
    if (!m_saveLetterhead) {
        for (QLineEdit *edit : {m_ui->labNameEdit, m_ui->labFinessEdit, m_ui->labStreetEdit,
                                m_ui->labPostalCodeEdit, m_ui->labCityEdit, m_ui->labPhoneEdit})
            edit->setReadOnly(true);
        m_ui->labNoticeLabel->setText(
            tr("En-tête des comptes rendus, commun à tous les postes : modifiable par un "
               "administrateur."));
    }
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.databaseUrl = m_ui->databaseUrlEdit->text().trimmed();
    s.idleLockMinutes = m_ui->idleLockSpin->value();
    s.language = m_ui->languageCombo->currentData().toString();
    s.insiUrl = m_ui->insiUrlEdit->text().trimmed();
    s.labelPrinter = m_ui->labelPrinterEdit->text().trimmed();
    s.analyzerGateway = m_ui->analyzerGatewayCheck->isChecked();
    s.analyzerTrafficDir = m_ui->analyzerLogDirEdit->text().trimmed();
    s.dispatchInApp = m_ui->dispatchInAppCheck->isChecked();
    m_pscPage->apply(s);
    m_cpsPage->apply(s);
    return s;
}

LabLetterhead SettingsDialog::letterhead() const
{
    return {m_ui->labNameEdit->text().trimmed(),     m_ui->labFinessEdit->text().trimmed().toUpper(),
            m_ui->labStreetEdit->text().trimmed(),   m_ui->labPostalCodeEdit->text().trimmed(),
            m_ui->labCityEdit->text().trimmed(),     m_ui->labPhoneEdit->text().trimmed()};
}

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SettingsDialog::showError(const domain::Error &error)
{
    m_ui->errorLabel->setText(error.message);
    m_ui->errorLabel->show();
    focusField(error.location);
}

void SettingsDialog::accept()
{
    if (const domain::Status valid = settings().validate(); !valid) {
        showError(valid.error());
        return;
    }
    const LabLetterhead lab = letterhead();
    if (m_saveLetterhead && lab != m_initialLetterhead) {
        if (const domain::Status valid = lab.validate(); !valid) {
            showError(valid.error());
            return;
        }
        if (const domain::Status saved = m_saveLetterhead(lab); !saved) {
            showError(saved.error());
            return;
        }
        m_initialLetterhead = lab;
    }
    if (m_labelEditor && m_saveLabelLayout) {
        const domain::LabelLayout layout = m_labelEditor->labelLayout();
        if (layout != m_initialLabelLayout) {
            if (const domain::Status saved = m_saveLabelLayout(layout); !saved) {
                showError(saved.error());
                return;
            }
            m_initialLabelLayout = layout;
        }
    }
    m_ui->errorLabel->hide();
    QDialog::accept();
}

void SettingsDialog::enableLabelLayout(const domain::LabelLayout &layout, LabelLayoutSaver save)
{
    if (!m_labelEditor) {
        m_labelEditor = new LabelLayoutEditor(this);
        m_labelEditor->setObjectName(QStringLiteral("labelLayoutEditor"));
        m_ui->tabs->addTab(m_labelEditor, tr("Étiquettes"));
    }
    m_initialLabelLayout = layout;
    m_saveLabelLayout = std::move(save);
    m_labelEditor->setLabelLayout(layout);
    m_labelEditor->setReadOnly(!m_saveLabelLayout);
}

void SettingsDialog::focusField(const QString &settingsKey)
{
    if (m_labelEditor && settingsKey.startsWith(QStringLiteral("label."))) {
        m_ui->tabs->setCurrentWidget(m_labelEditor);
        m_labelEditor->focusSetting(settingsKey);
        return;
    }
    if (settingsKey == QStringLiteral("interop/cpsModule") || settingsKey == QStringLiteral("interop/insiCpxUrl")) {
        m_ui->tabs->setCurrentWidget(m_cpsPage);
        m_cpsPage->focusField(settingsKey);
        return;
    }
    if (settingsKey.startsWith(QStringLiteral("psc/"))) {
        m_ui->tabs->setCurrentWidget(m_pscPage);
        m_pscPage->focusField(settingsKey);
        return;
    }
    QWidget *field = nullptr;
    if (settingsKey.startsWith(QStringLiteral("database/")))
        field = m_ui->databaseUrlEdit;
    else if (settingsKey.startsWith(QStringLiteral("security/")))
        field = m_ui->idleLockSpin;
    else if (settingsKey.startsWith(QStringLiteral("interop/")))
        field = m_ui->insiUrlEdit;
    else if (settingsKey.startsWith(QStringLiteral("labels/")))
        field = m_ui->labelPrinterEdit;
    else if (settingsKey.startsWith(QStringLiteral("analyzers/")))
        field = m_ui->analyzerLogDirEdit;
    else if (settingsKey == QStringLiteral("lab.name"))
        field = m_ui->labNameEdit;
    else if (settingsKey == QStringLiteral("lab.finess"))
        field = m_ui->labFinessEdit;
    else if (settingsKey == QStringLiteral("lab.postal_code"))
        field = m_ui->labPostalCodeEdit;
    else if (settingsKey == QStringLiteral("lab.phone"))
        field = m_ui->labPhoneEdit;
    if (!field)
        return;
    m_ui->tabs->setCurrentWidget(settingsKey.startsWith(QStringLiteral("lab."))
                                     ? m_ui->labTab
                                     : m_ui->generalTab);
    field->setFocus();
}

} // namespace sgl::app
