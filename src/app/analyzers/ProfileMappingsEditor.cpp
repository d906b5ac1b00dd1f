#include "app/analyzers/ProfileMappingsEditor.h"

#include "app/ErrorCodes.h"
#include "app/analyzers/AnalysisPicker.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sgl::app {

using domain::analyzer::AnalyzerProfile;
using domain::analyzer::CodeMapping;
using domain::analyzer::FlagMapping;

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    return table;
}

QWidget *tableBox(const QString &title, QTableWidget *table, const QString &addText, const QString &removeText,
                  QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(addText, box);
    auto *remove = new QPushButton(removeText, box);
    add->setObjectName(table->objectName() + QStringLiteral("Add"));
    remove->setObjectName(table->objectName() + QStringLiteral("Remove"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return box;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ProfileMappingsEditor::ProfileMappingsEditor(const QList<AnalysisChoice> &analyses, QWidget *parent)
    : QWidget(parent),
      m_analyses(analyses),
      m_codes(makeTable({tr("Code automate"), tr("Analyse du catalogue"), tr("Facteur")}, this)),
      m_flags(makeTable({tr("Alarme"), tr("Indicateur HL7 0078")}, this)),
      m_ignored(new QLineEdit(this))
{
    m_codes->setObjectName(QStringLiteral("codeMappings"));
    m_flags->setObjectName(QStringLiteral("flagMappings"));
    m_ignored->setObjectName(QStringLiteral("ignoredTestCodes"));
    auto *layout = new QVBoxLayout(this);
    auto *tables = new QHBoxLayout;
    QWidget *codesBox = tableBox(tr("Codes d'analyses"), m_codes, tr("Ajouter un code"), tr("Supprimer le code"), this);
    QWidget *flagsBox = tableBox(tr("Alarmes"), m_flags, tr("Ajouter une alarme"), tr("Supprimer l'alarme"), this);
    tables->addWidget(codesBox, 2);
    tables->addWidget(flagsBox, 1);
    layout->addLayout(tables, 1);
    auto *ignoredRow = new QHBoxLayout;
    auto *ignoredLabel = new QLabel(tr("Codes &ignorés :"), this);
    ignoredLabel->setBuddy(m_ignored);
    m_ignored->setPlaceholderText(tr("séparés par des espaces ; un * final couvre un préfixe (ex. CT*)"));
    ignoredRow->addWidget(ignoredLabel);
    ignoredRow->addWidget(m_ignored, 1);
    layout->addLayout(ignoredRow);
    auto *hint = new QLabel(tr("Les codes de l'automate déjà déclarés dans le catalogue (codes automates des "
                               "analyses) n'ont pas besoin d'être repris ici ; une ligne ici l'emporte sur le catalogue."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_codes->setColumnWidth(0, 120);
    m_codes->setColumnWidth(1, 360);
    m_flags->setColumnWidth(0, 110);
    m_flags->horizontalHeaderItem(1)->setToolTip(tr("H, L, HH, LL, A, <, > ; vide : alarme seulement affichée"));

    connect(codesBox->findChild<QPushButton *>(QStringLiteral("codeMappingsAdd")), &QPushButton::clicked, this,
            [this] {
                addCodeRow({});
                m_codes->setCurrentCell(m_codes->rowCount() - 1, 0);
                m_codes->editItem(m_codes->item(m_codes->rowCount() - 1, 0));
            });
    connect(flagsBox->findChild<QPushButton *>(QStringLiteral("flagMappingsAdd")), &QPushButton::clicked, this,
            [this] {
                addFlagRow({});
                m_flags->setCurrentCell(m_flags->rowCount() - 1, 0);
                m_flags->editItem(m_flags->item(m_flags->rowCount() - 1, 0));
            });
}

void ProfileMappingsEditor::addCodeRow(const CodeMapping &mapping)
{
    const int row = m_codes->rowCount();
    m_codes->insertRow(row);
    m_codes->setItem(row, 0, new QTableWidgetItem(mapping.testCode));
    auto *picker = new AnalysisPicker(m_codes);
    picker->setMinimumContentsLength(18);
    picker->setAnalyses(m_analyses);
    picker->setCode(mapping.analysisCode);
    m_codes->setCellWidget(row, 1, picker);
    m_codes->setItem(row, 2, new QTableWidgetItem(QLocale().toString(mapping.factor, 'g', 10)));
}

void ProfileMappingsEditor::addFlagRow(const FlagMapping &mapping)
{
    const int row = m_flags->rowCount();
    m_flags->insertRow(row);
    m_flags->setItem(row, 0, new QTableWidgetItem(mapping.instrumentFlag));
    m_flags->setItem(row, 1, new QTableWidgetItem(mapping.abnormalFlag));
}

void ProfileMappingsEditor::setProfile(const AnalyzerProfile &profile)
{
    m_codes->setRowCount(0);
    m_flags->setRowCount(0);
    for (const CodeMapping &mapping : profile.codeMappings)
        addCodeRow(mapping);
    for (const FlagMapping &mapping : profile.flagMappings)
        addFlagRow(mapping);
    m_ignored->setText(profile.ignoredTestCodes.join(QLatin1Char(' ')));
}

domain::Status ProfileMappingsEditor::apply(AnalyzerProfile &profile) const
{
    QList<CodeMapping> codes;
    for (int row = 0; row < m_codes->rowCount(); ++row) {
        CodeMapping mapping;
        mapping.testCode = cellText(m_codes, row, 0);
        if (const auto *picker = qobject_cast<AnalysisPicker *>(m_codes->cellWidget(row, 1)))
            mapping.analysisCode = picker->code();
        const QString factorText = cellText(m_codes, row, 2);
        if (mapping.testCode.isEmpty() && mapping.analysisCode.isEmpty())
            continue; // a row added and left blank
        if (!factorText.isEmpty()) {
            bool ok = false;
            QString normalised = factorText;
            normalised.replace(QLatin1Char(','), QLatin1Char('.'));
            mapping.factor = normalised.toDouble(&ok);
            if (!ok || mapping.factor <= 0)
                return domain::fail(errc::AnalyzerFactor,
                                    tr("Facteur « %1 » de la ligne %2 : nombre positif attendu (1 si les unités "
                                       "sont les mêmes).")
                                        .arg(factorText)
                                        .arg(row + 1),
                                    QStringLiteral("codeMappings[%1].factor").arg(row));
        }
        codes.append(mapping);
    }
    QList<FlagMapping> flags;
    for (int row = 0; row < m_flags->rowCount(); ++row) {
        FlagMapping mapping{cellText(m_flags, row, 0), cellText(m_flags, row, 1)};
        if (!mapping.instrumentFlag.isEmpty() || !mapping.abnormalFlag.isEmpty())
            flags.append(mapping);
    }
    profile.codeMappings = codes;
    profile.flagMappings = flags;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    profile.ignoredTestCodes = m_ignored->text().split(separators, Qt::SkipEmptyParts);
    return {};
}

} // namespace sgl::app
