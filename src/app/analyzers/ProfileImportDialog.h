#pragma once

#include "domain/Error.h"
#include "domain/analyzer/AnalyzerProfile.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace sgl::app {

/**
 * Preview of a profile import (« Importer… »): each profile of the file marked new, changed or
 * unchanged against the lab's profiles, then the reason; OK runs `submit`
 * (AnalyzerProfileStore::importJson, all or nothing). A refusal is shown here, naming the
 * profile and JSON path the use case gives, and the dialog stays open.
 */
class ProfileImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Change { New, Changed, Unchanged };
    using Submit = std::function<domain::Status(const QString &reason)>;

    ProfileImportDialog(const QString &fileName, const QList<domain::analyzer::AnalyzerProfile> &incoming,
                        const QList<domain::analyzer::AnalyzerProfile> &existing, Submit submit,
                        QWidget *parent = nullptr);

    /** What importing `profile` does to the lab's profiles (versions are not compared). */
    [[nodiscard]] static Change changeOf(const domain::analyzer::AnalyzerProfile &profile,
                                         const QList<domain::analyzer::AnalyzerProfile> &existing);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    void setReason(const QString &reason);
    [[nodiscard]] QString errorText() const;

public slots:
    void accept() override;

private:
    Submit m_submit;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace sgl::app
