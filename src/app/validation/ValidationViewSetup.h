#pragma once

#include <QCoreApplication>

class QAbstractItemModel;
class QTableView;

namespace Ui {
class ValidationView;
}

namespace sgl::app {

class AutovalVerdictPanel;

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
};

} // namespace sgl::app
