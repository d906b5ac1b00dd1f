#pragma once

#include <QCoreApplication>

class QAbstractItemModel;
class QTableView;

namespace Ui {
class ValidationView;
}

namespace sgl::domain {
struct UserSession;
}
namespace sgl::workflow::qc {
class QcQueries;
}

namespace sgl::app {

class AutovalVerdictPanel;
class QcHoldBanner;

/**
 * The static arrangement of the Validation screen's form: column widths and splitters that fit
 * 1366×768 beside the navigation, the filters' entries, and the buttons' short labels with their
 * keys (ValidationShortcuts) and full sentences in tooltips.
 */
class ValidationViewSetup {
    Q_DECLARE_TR_FUNCTIONS(ValidationViewSetup)
public:
    static void arrange(Ui::ValidationView &ui);
    /** Appends the "Appels" tab (call-backs of critical values) over `model` to the detail tabs; returns its table. */
    static QTableView *addCallBacksTab(Ui::ValidationView &ui, QAbstractItemModel *model);
    /** Appends the "Règles" tab (auto-validation verdict), its title following the panel's. */
    static void addAutovalTab(Ui::ValidationView &ui, AutovalVerdictPanel *panel);
    /**
     * Writable: the "Partage" tab (sharing choices). Read-only: the action buttons and the sharing
     * panel hidden.
     */
    static void applyReadOnly(Ui::ValidationView &ui, bool readOnly);
    /**
     * Puts the QC banner at the top of the dossier area; its button opens the QC screen only for a
     * session that lists it (NavigationPolicy).
     */
    static QcHoldBanner *addQcBanner(Ui::ValidationView &ui, workflow::qc::QcQueries &queries,
                                     const domain::UserSession &session);
};

} // namespace sgl::app
