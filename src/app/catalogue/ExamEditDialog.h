#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/security/UserSession.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class ExamEditDialog;
}

namespace sgl::app {

/**
 * Creates or edits a prescribable exam: code (typed only at creation, unique among exams),
 * label, battery LOINC, chapter, and the ordered list of its analyses (report order) — add one
 * of the active analyses through a searchable picker (code or label), remove, move up / down —
 * with a mandatory reason, through CatalogueAdmin::saveExam. Refusals keep the dialog open with
 * every problem, naming the field.
 */
class ExamEditDialog : public QDialog {
    Q_OBJECT
public:
    /** `exam` empty: creation. `catalogue` gives the chapters, the analyses and the codes in use. */
    ExamEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session, domain::Catalogue catalogue,
                   std::optional<domain::Exam> exam, QWidget *parent = nullptr);
    ~ExamEditDialog() override;

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString savedCode() const { return m_savedCode; }
    /** The analyses' local codes in their current order. */
    [[nodiscard]] QStringList analysisCodes() const;
    /** Appends active analysis `code`; false (message shown) when unknown, retired or already listed. */
    bool addAnalysis(const QString &code);
    /** Moves row `row` by `delta` (-1 up, +1 down); false at the ends. */
    bool moveAnalysis(int row, int delta);
    bool removeAnalysis(int row);
    /** Selects chapter `code` in the combo; false when unknown. */
    bool setChapterCode(const QString &code);

public slots:
    void accept() override;

protected:
    /** Enter in the analysis picker adds the analysis instead of saving the exam. */
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addPicked();
    void showMessage(const QString &message);

    std::unique_ptr<Ui::ExamEditDialog> m_ui;
    workflow::CatalogueAdmin &m_admin;
    domain::UserSession m_session;
    domain::Catalogue m_catalogue;
    std::optional<domain::Exam> m_original;
    QString m_savedCode;
};

} // namespace sgl::app
