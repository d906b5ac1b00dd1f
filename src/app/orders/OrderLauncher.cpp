#include "app/orders/OrderLauncher.h"

#include "app/orders/DossierEditDialog.h"
#include "app/orders/OrderEntryDialog.h"
#include "app/orders/OrderServices.h"
#include "app/reception/ReceptionView.h"
#include "domain/security/Permission.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QPushButton>

namespace sgl::app {

OrderLauncher *OrderLauncher::attach(ReceptionView *view, std::unique_ptr<OrderServices> services)
{
    return new OrderLauncher(view, std::move(services));
}

OrderLauncher::OrderLauncher(ReceptionView *view, std::unique_ptr<OrderServices> services)
    : QObject(view), m_view(view), m_services(std::move(services)),
      m_allowed(domain::rolesGrant(m_services->session().roles, domain::Permission::DossierCreate))
{
    setObjectName(QStringLiteral("orderLauncher"));
    // A frame of its own above the form's buttons, titled like the form's other frames: the form
    // column is narrow (the patient list beside it needs room at 1366 x 768), more buttons on the
    // INSi or save rows would make it wider.
    auto *form = view->findChild<QBoxLayout *>(QStringLiteral("formLayout"));
    auto *buttons = view->findChild<QBoxLayout *>(QStringLiteral("formButtonsLayout"));
    if (!form || !buttons)
        return;
    auto *group = new QGroupBox(tr("Demandes d'examens"), view);
    group->setObjectName(QStringLiteral("ordersGroup"));
    m_newButton = new QPushButton(tr("Nouveau &dossier…"), group);
    m_newButton->setObjectName(QStringLiteral("newDossierButton"));
    m_newButton->setToolTip(tr("Saisir une demande d'examens pour ce patient (prescripteur, examens, tubes)."));
    m_dossiersButton = new QPushButton(tr("Dossiers du &patient…"), group);
    m_dossiersButton->setObjectName(QStringLiteral("patientDossiersButton"));
    m_dossiersButton->setToolTip(tr("Ajouter ou annuler des examens, réimprimer des étiquettes."));
    auto *row = new QHBoxLayout(group);
    row->setObjectName(QStringLiteral("orderButtonsLayout"));
    row->addWidget(m_newButton);
    row->addWidget(m_dossiersButton);
    row->addStretch();
    form->insertWidget(std::max(0, form->indexOf(buttons)), group);
    group->setVisible(m_allowed);
    connect(m_newButton, &QPushButton::clicked, this, &OrderLauncher::openNewDossier);
    connect(m_dossiersButton, &QPushButton::clicked, this, &OrderLauncher::openDossiers);
    connect(view, &ReceptionView::currentPatientChanged, this, &OrderLauncher::updateButtons);
    updateButtons();
}

OrderLauncher::~OrderLauncher()
{
    // The dialogs hold a reference to the services: close them first.
    delete m_entry.data();
    delete m_edit.data();
}

OrderEntryDialog *OrderLauncher::entryDialog() const
{
    return m_entry.data();
}

DossierEditDialog *OrderLauncher::editDialog() const
{
    return m_edit.data();
}

void OrderLauncher::updateButtons()
{
    const auto p = m_view->currentPatient();
    const bool usable = m_allowed && p && p->id != 0 && p->mergedInto == 0 && !m_view->isCreating();
    if (m_newButton)
        m_newButton->setEnabled(usable);
    if (m_dossiersButton)
        m_dossiersButton->setEnabled(usable);
}

void OrderLauncher::openNewDossier()
{
    const auto p = m_view->currentPatient();
    if (!p || p->id == 0)
        return;
    delete m_entry.data();
    m_entry = new OrderEntryDialog(*m_services, *p, m_view);
    m_entry->setAttribute(Qt::WA_DeleteOnClose);
    m_entry->show();
}

void OrderLauncher::openDossiers()
{
    const auto p = m_view->currentPatient();
    if (!p || p->id == 0)
        return;
    delete m_edit.data();
    m_edit = new DossierEditDialog(*m_services, *p, m_view);
    m_edit->setAttribute(Qt::WA_DeleteOnClose);
    m_edit->show();
}

} // namespace sgl::app
