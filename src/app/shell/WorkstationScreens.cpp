#include "app/shell/WorkstationScreens.h"

#include "app/admin/AdministrationView.h"
#include "app/analyzers/AnalyzerServices.h"
#include "app/autoval/AutovalAdminView.h"
#include "app/autoval/AutovalServices.h"
#include "app/analyzers/AnalyzersView.h"
#include "app/analyzers/HeldMessagesView.h"
#include "app/bench/BenchServices.h"
#include "app/bench/BenchView.h"
#include "app/catalogue/CatalogueView.h"
#include "app/dispatch/DispatchView.h"
#include "app/orders/OrderLauncher.h"
#include "app/qc/QcServices.h"
#include "app/qc/QcView.h"
#include "app/orders/OrderServices.h"
#include "app/reception/ReceptionServices.h"
#include "app/reception/ReceptionView.h"
#include "app/reports/ReportsView.h"
#include "app/shell/AppServices.h"
#include "app/specimens/SpecimenReceptionView.h"
#include "app/specimens/SpecimenServices.h"
#include "app/validation/ValidationServices.h"
#include "app/validation/ValidationView.h"
#include "app/widgets/DmpWebAccessAction.h"
#include "domain/security/Permission.h"
#include "workflow/directory/DirectorySearch.h"
#include "workflow/dispatch/DmpDocumentActions.h"
#include "workflow/dmp/DmpWebAccess.h"
#include "workflow/validation/ValidationDossier.h"
#include "workflow/validation/CommentLibrary.h"

#include <QBoxLayout>

namespace sgl::app {

void WorkstationScreens::attachDmpWebAccess(QWidget *view, const domain::UserSession &session, const QString &layoutName,
                                            int index, std::function<qint64()> patient)
{
    // Those who may not read a patient never see the button (the use case refuses them anyway).
    if (!domain::rolesGrant(session.roles, domain::Permission::PatientRead))
        return;
    DmpWebAccessAction::attach(view, view->findChild<QBoxLayout *>(layoutName), m_services.dmpWebAccess(session),
                               std::move(patient), index);
}

QWidget *WorkstationScreens::create(Screen screen, bool readOnly,
                                    const domain::UserSession &session, QWidget *parent)
{
    switch (screen) {
    case Screen::Administration: {
        auto *view = new AdministrationView(m_services.userAdmin(), session, readOnly, parent);
        // The [dmp]/[mssante] settings: for those who may change the configuration.
        if (domain::rolesGrant(session.roles, domain::Permission::SystemConfig))
            view->setNationalServices(&m_services.nationalServices());
        // The Annuaire Santé screen (import: system.config, checked again by the use case).
        view->setDirectory(m_services.directorySearch(session),
                           domain::rolesGrant(session.roles, domain::Permission::SystemConfig)
                               ? m_services.databaseUrl()
                               : QString());
        return view;
    }
    case Screen::Reception: {
        auto *view = new ReceptionView(m_services.reception(session), session, readOnly, parent);
        if (!readOnly)
            OrderLauncher::attach(view, m_services.orders(session));
        attachDmpWebAccess(view, session, QStringLiteral("formButtonsLayout"), 0, [view] {
            const auto p = view->currentPatient();
            return p ? p->id : qint64(0);
        });
        return view;
    }
    case Screen::Bench:
        return new BenchView(m_services.bench(session), session, readOnly, parent);
    case Screen::Validation: {
        auto *view = new ValidationView(m_services.validation(session), session, readOnly, parent);
        attachDmpWebAccess(view, session, QStringLiteral("headerLayout"), -1,
                           [view] { return view->dossier() ? view->dossier()->header.patientId : qint64(0); });
        return view;
    }
    case Screen::Reports: {
        auto *view = new ReportsView(m_services.reportArchive(), session, readOnly, parent);
        attachDmpWebAccess(view, session, QStringLiteral("actionsLayout"), 1, [view] { return view->currentPatientId(); });
        // Masks and withdrawal after publication: for those who may diffuse a report.
        if (domain::rolesGrant(session.roles, domain::Permission::ReportDispatch))
            view->setDmpActions(m_services.dmpDocuments(session));
        return view;
    }
    case Screen::Catalogue: {
        auto *admin = m_services.catalogueAdmin();
        auto *view = new CatalogueView(admin, m_services.catalogueError(), session, readOnly, parent);
        view->addCommentLibrary(m_services.commentLibrary(session));
        // Rules and mode: administrators; statistics: biologists too (the use cases check).
        const bool rulesReadOnly = readOnly || !domain::rolesGrant(session.roles, domain::Permission::CatalogueEdit);
        if (domain::rolesGrant(session.roles, domain::Permission::CatalogueEdit)
            || domain::rolesGrant(session.roles, domain::Permission::ResultValidate))
            view->addAutovalTab(new AutovalAdminView(m_services.autoval(session), rulesReadOnly, view));
        return view;
    }
    case Screen::Specimens:
        return new SpecimenReceptionView(m_services.specimens(session), session, readOnly, parent);
    case Screen::HeldMessages:
        return new HeldMessagesView(m_services.analyzers(session), session, readOnly, parent);
    case Screen::Analyzers:
        return new AnalyzersView(m_services.analyzers(session), session, parent);
    case Screen::Qc:
        return new QcView(m_services.qc(session), session, readOnly, parent);
    case Screen::Dispatch: {
        auto *view = new DispatchView(m_services.dispatch(session), readOnly, parent);
        view->setDispatcher(m_services.inAppDispatcher());
        view->setReceivedMessages(m_services.receivedMessages(session));
        return view;
    }
    }
    return nullptr;
}

} // namespace sgl::app
