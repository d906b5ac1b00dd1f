#pragma once

#include "domain/Error.h"
#include "domain/catalogue/Analysis.h"
#include "domain/security/UserSession.h"

#include <QModelIndex>
#include <QWidget>

#include <memory>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class CatalogueView;
}

namespace sgl::app {

class CatalogueTreeModel;

/**
 * Catalogue: chapters > exams > analyses as a tree, a search box over codes, labels, LOINC and
 * analyzer codes (CatalogueAdmin::search), and the details of the selected analysis (LOINC,
 * UCUM unit, specimen, method, reference ranges by sex and age, analyzer codes), and the change
 * history of the selected item (CatalogueHistoryDialog). Administrators edit an analysis's
 * descriptive fields (AnalysisEditDialog) and reference ranges (ReferenceRangeDialog), and
 * export / re-import the whole catalogue with a preview diff (CatalogueExchangeDialog).
 * Biologists consult.
 */
class CatalogueView : public QWidget {
    Q_OBJECT
public:
    /** `admin` may be null when the catalogue reference data could not load (`loadError`). */
    CatalogueView(workflow::CatalogueAdmin *admin, const domain::Error &loadError,
                  domain::UserSession session = {}, bool readOnly = true,
                  QWidget *parent = nullptr);
    ~CatalogueView() override;

    [[nodiscard]] CatalogueTreeModel *model() const { return m_model; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString detailsText() const;
    bool reload();
    /** Selects the first hit of `text`; false when nothing matches. */
    bool find(const QString &text);
    /** Opens the editor of the selected analysis (administrators); reloads after a save. */
    void editSelected();
    /** Opens the reference ranges editor of the selected analysis (administrators). */
    void editSelectedRanges();
    /** Shows the change history of the selected chapter, exam or analysis. */
    void showSelectedHistory();
    /** Opens the export / import dialog (administrators); reloads when an import was applied. */
    void openExchange();
    [[nodiscard]] const domain::Analysis *selectedAnalysis() const;

private:
    void showDetails(const QModelIndex &index);
    [[nodiscard]] QModelIndex indexOfCode(const QString &code, const QModelIndex &parent = {}) const;

    std::unique_ptr<Ui::CatalogueView> m_ui;
    workflow::CatalogueAdmin *m_admin;
    domain::UserSession m_session;
    bool m_readOnly;
    CatalogueTreeModel *m_model;
};

} // namespace sgl::app
