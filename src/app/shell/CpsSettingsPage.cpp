#include "app/shell/CpsSettingsPage.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sgl::app {

CpsSettingsPage::CpsSettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cpsSettingsPage"));
    auto *notice = new QLabel(tr("Interrogation d'INSi avec la carte CPS du professionnel (mode CPx) : le module "
                                 "PKCS#11 fourni avec le logiciel de la carte, et l'adresse du service INSi pour ce "
                                 "mode. Le code porteur est demandé à chaque usage ; il n'est jamais enregistré. "
                                 "Laissez vide pour ne pas proposer ce mode."),
                              this);
    notice->setWordWrap(true);
    m_module = new QLineEdit(this);
    m_module->setObjectName(QStringLiteral("cpsModuleEdit"));
    m_module->setPlaceholderText(tr("chemin du module PKCS#11 de la carte (.so)"));
    auto *browse = new QPushButton(tr("Parcourir…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Module PKCS#11 de la carte CPS"), m_module->text(),
                                                          tr("Modules PKCS#11 (*.so *.so.*)"));
        if (!path.isEmpty())
            m_module->setText(path);
    });
    auto *moduleRow = new QHBoxLayout;
    moduleRow->addWidget(m_module, 1);
    moduleRow->addWidget(browse);
    m_insiCpxUrl = new QLineEdit(this);
    m_insiCpxUrl->setObjectName(QStringLiteral("insiCpxUrlEdit"));
    m_insiCpxUrl->setPlaceholderText(QStringLiteral("https://…"));

    auto *form = new QFormLayout;
    form->addRow(tr("Module de la carte :"), moduleRow);
    form->addRow(tr("Service INSi (mode CPx) :"), m_insiCpxUrl);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addStretch(1);
}

void CpsSettingsPage::load(const AppSettings &settings)
{
    m_module->setText(settings.cpsModule);
    m_insiCpxUrl->setText(settings.insiCpxUrl);
}

void CpsSettingsPage::apply(AppSettings &settings) const
{
    settings.cpsModule = m_module->text().trimmed();
    settings.insiCpxUrl = m_insiCpxUrl->text().trimmed();
}

void CpsSettingsPage::focusField(const QString &settingsKey)
{
    (settingsKey == QStringLiteral("interop/insiCpxUrl") ? m_insiCpxUrl : m_module)->setFocus();
}

} // namespace sgl::app
