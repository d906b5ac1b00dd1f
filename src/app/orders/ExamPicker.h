#pragma once

#include "domain/Error.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace sgl::workflow::orders {
struct ExamChoice;
}

namespace sgl::app {

/**
 * Exams picked by code or label: a search field (accents and case ignored, through
 * OrderEntry::searchExams), the matching exams, and the chosen ones as a tree whose panels show
 * their analyses. Enter in the search field or a double-click adds the selected exam.
 */
class ExamPicker : public QWidget {
    Q_OBJECT
public:
    using Search = std::function<domain::Result<QList<workflow::orders::ExamChoice>>(const QString &)>;

    explicit ExamPicker(Search searchFunction, QWidget *parent = nullptr);

    /** Runs the search; the error is shown in the results list. */
    void search(const QString &text);
    /** Adds the exam of that code (found through the search); false when unknown or already chosen. */
    bool addExam(const QString &code);
    void removeExam(const QString &code);
    /** Codes chosen, in order. */
    [[nodiscard]] QStringList chosenCodes() const { return m_codes; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_searchEdit; }
    [[nodiscard]] QTreeWidget *chosenTree() const { return m_chosen; }
    /** Codes the picker refuses (exams already in the dossier being edited). */
    void setExcluded(const QStringList &codes) { m_excluded = codes; }
    void clear();

signals:
    void changed();

protected:
    /** Enter in the search field adds the selected exam and goes no further (not the dialog's button). */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addSelected();
    void removeSelected();

    Search m_search;
    QStringList m_codes;
    QStringList m_excluded;
    QLineEdit *m_searchEdit;
    QListWidget *m_results;
    QTreeWidget *m_chosen;
};

} // namespace sgl::app
