#pragma once

#include <QDialog>

#include <memory>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class CatalogueHistoryDialog;
}

namespace sgl::app {

class CatalogueHistoryModel;

/**
 * History of changes of one catalogue item: every catalogue version that touched it, newest
 * first, with date, item kind, author, reason and changed fields. The item is named by kind
 * ("chapter", "exam", "analysis", "reflex", "bench") and code, so an exam and an analysis sharing a code
 * are not mixed. A storage failure is shown in the dialog instead of the list.
 */
class CatalogueHistoryDialog : public QDialog {
    Q_OBJECT
public:
    CatalogueHistoryDialog(workflow::CatalogueAdmin &admin, const QString &itemKind, const QString &itemCode,
                           const QString &itemLabel, QWidget *parent = nullptr);
    ~CatalogueHistoryDialog() override;

    [[nodiscard]] CatalogueHistoryModel *model() const { return m_model; }
    [[nodiscard]] QString infoText() const;

private:
    std::unique_ptr<Ui::CatalogueHistoryDialog> m_ui;
    CatalogueHistoryModel *m_model;
};

} // namespace sgl::app
