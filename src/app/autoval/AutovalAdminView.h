#pragma once

#include "domain/Error.h"
#include "domain/autoval/RuleSet.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace sgl::app {

class AutovalServices;
class AutovalStatsModel;
class RuleSetTableModel;

/**
 * « Auto-validation » (catalogue screen): two tabs.
 * - « Règles et mode » (administrators edit, others read): the mode (désactivée, observation,
 *   active) and the responsible biologist; the rules of the laboratory in a table
 *   (RuleSetTableModel), edited in a working copy (RuleEditDialog: new, change, remove; import
 *   and export of the JSON file) then saved as a new version with its reason
 *   (RuleSetAdmin::save). A refusal of the validator is shown above the table, every problem on
 *   its line with the rule and field named; nothing is saved.
 * - « Statistiques » (biologists and administrators): period, shares auto-validated per day, per
 *   bench and per rule, holds per rule, the shadow concordance, CSV export.
 * Every rule lives in the use cases; the view only shows and forwards.
 */
class AutovalAdminView : public QWidget {
    Q_OBJECT
public:
    AutovalAdminView(std::unique_ptr<AutovalServices> services, bool readOnly, QWidget *parent = nullptr);
    ~AutovalAdminView() override;

    [[nodiscard]] RuleSetTableModel *rulesModel() const { return m_rules; }
    [[nodiscard]] AutovalStatsModel *dayModel() const { return m_days; }
    [[nodiscard]] AutovalStatsModel *benchModel() const { return m_benches; }
    [[nodiscard]] AutovalStatsModel *ruleStatsModel() const { return m_ruleStats; }
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString concordanceText() const;

    /** Reads the current rules, mode and responsible biologist (drops the working copy). */
    bool reload();
    /** Saves the working copy with `reason`; true when stored (problems shown otherwise). */
    bool saveRules(const QString &reason);
    /** Saves the mode (code) and responsible biologist shown. */
    bool saveMode(const QString &modeCode, const QString &responsible);
    /** Replaces the working copy with a JSON rule set (not saved yet). */
    bool importJson(const QByteArray &json);
    [[nodiscard]] QByteArray exportJson() const;
    bool computeStats(const QDate &from, const QDate &to);
    [[nodiscard]] QByteArray statsCsv() const;

private:
    QWidget *buildRulesTab(bool readOnly);
    QWidget *buildStatsTab();
    void editRule(int row);
    void showProblem(const QString &text);

    std::unique_ptr<AutovalServices> m_services;
    RuleSetTableModel *m_rules;
    AutovalStatsModel *m_days;
    AutovalStatsModel *m_benches;
    AutovalStatsModel *m_ruleStats;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_responsible = nullptr;
    QTableView *m_rulesTable = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_concordance = nullptr;
    int m_settingsVersion = 1;
    QByteArray m_csv;
};

} // namespace sgl::app
