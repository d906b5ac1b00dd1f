#pragma once

#include "app/catalogue/CatalogueTreeModel.h"
#include "domain/catalogue/Analysis.h"
#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QModelIndex>
#include <QWidget>

#include <memory>
#include <optional>

namespace sgl::workflow {
class CatalogueAdmin;
namespace validation {
class CommentLibrary;
}
}

namespace Ui {
class CatalogueView;
}

namespace sgl::app {

class BenchPanel;
class CommentTemplatePanel;
class ReflexRulePanel;

/**
 * Catalogue: chapters > exams > analyses as a tree, a search box over codes, labels, LOINC and
 * analyzer codes (CatalogueAdmin::search), the details of the selected analysis (LOINC, UCUM
 * unit, specimen, method, reference ranges by sex and age, analyzer codes), the change history
 * of the selected item (CatalogueHistoryDialog), the benches tab (BenchPanel) and the reflex rules
 * tab (ReflexRulePanel).
 * Retired exams and analyses are hidden unless "Afficher les éléments retirés" is checked.
 *
 * Administrators create and edit chapters (ChapterEditDialog), exams (ExamEditDialog) and
 * analyses (AnalysisEditDialog), edit reference ranges (ReferenceRangeDialog), retire or
 * reactivate an exam or analysis, delete an analysis created by mistake (each with a reason;
 * refusals such as the exams still listing it are shown above the tree), and export /
 * re-import the whole catalogue (CatalogueExchangeDialog). Other roles consult.
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
    /** Opens the editor of the selected chapter, exam or analysis (administrators); reloads after a save. */
    void editSelected();
    void newChapter();
    void newExam();
    /** New analysis, appended to the selected exam unless another one is chosen in the editor. */
    void newAnalysis();
    /**
     * Retires (`retired`) or reactivates the selected exam or analysis with `reason`; refusals
     * are shown in problemText(). True when saved.
     */
    bool setSelectedRetired(bool retired, const QString &reason);
    /** Deletes the selected analysis (created by mistake) with `reason`; true when deleted. */
    bool deleteSelectedAnalysis(const QString &reason);
    void setShowRetired(bool show);
    /** Refusal reasons of the last retire / reactivate / delete, empty when none. */
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] ReflexRulePanel *reflexPanel() const { return m_reflexPanel; }
    [[nodiscard]] BenchPanel *benchPanel() const { return m_benchPanel; }
    /** Adds the « Commentaires codés » tab over `library` (the validation comment library). */
    void addCommentLibrary(std::unique_ptr<workflow::validation::CommentLibrary> library);
    [[nodiscard]] CommentTemplatePanel *commentPanel() const { return m_commentPanel; }
    /** Appends the « Auto-validation » tab (rules, mode, statistics; app/autoval). */
    void addAutovalTab(QWidget *panel);
    /** Opens the reference ranges editor of the selected analysis (administrators). */
    void editSelectedRanges();
    /** Shows the change history of the selected chapter, exam or analysis. */
    void showSelectedHistory();
    /** Opens the export / import dialog (administrators); reloads when an import was applied. */
    void openExchange();
    [[nodiscard]] const domain::Analysis *selectedAnalysis() const;
    [[nodiscard]] const domain::Exam *selectedExam() const;
    [[nodiscard]] const domain::Chapter *selectedChapter() const;
    /** Selects the row of `code` of that kind (first occurrence); false when not shown. */
    bool select(const QString &code, CatalogueTreeModel::Kind kind);

private:
    void showDetails(const QModelIndex &index);
    void updateButtons();
    void askAndRetire();
    void askAndDelete();
    void afterSave(const QString &code, CatalogueTreeModel::Kind kind, const QString &message);
    /** `kind` empty: any kind. */
    [[nodiscard]] QModelIndex indexOfCode(const QString &code, std::optional<CatalogueTreeModel::Kind> kind,
                                          const QModelIndex &parent = {}) const;

    std::unique_ptr<Ui::CatalogueView> m_ui;
    workflow::CatalogueAdmin *m_admin;
    domain::UserSession m_session;
    bool m_readOnly;
    CatalogueTreeModel *m_model;
    ReflexRulePanel *m_reflexPanel;
    BenchPanel *m_benchPanel;
    CommentTemplatePanel *m_commentPanel = nullptr;
};

} // namespace sgl::app
