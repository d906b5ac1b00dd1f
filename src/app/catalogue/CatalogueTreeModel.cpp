#include "app/catalogue/CatalogueTreeModel.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace sgl::app {

CatalogueTreeModel::CatalogueTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void CatalogueTreeModel::setCatalogue(domain::Catalogue catalogue)
{
    beginResetModel();
    m_catalogue = std::move(catalogue);
    build();
    endResetModel();
}

void CatalogueTreeModel::setShowRetired(bool show)
{
    if (show == m_showRetired)
        return;
    beginResetModel();
    m_showRetired = show;
    build();
    endResetModel();
}

int CatalogueTreeModel::addNode(Kind kind, int ref, int parent)
{
    Node node;
    node.kind = kind;
    node.ref = ref;
    node.parent = parent;
    QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
    node.row = static_cast<int>(siblings.size());
    m_nodes.append(node);
    const int id = static_cast<int>(m_nodes.size()) - 1;
    (parent < 0 ? m_roots : m_nodes[parent].children).append(id);
    return id;
}

void CatalogueTreeModel::build()
{
    m_nodes.clear();
    m_roots.clear();
    const auto &chapters = m_catalogue.chapters;
    QList<int> order(chapters.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return chapters[a].order < chapters[b].order; });

    QHash<QString, int> analysisIndex;
    for (int i = 0; i < m_catalogue.analyses.size(); ++i)
        analysisIndex.insert(m_catalogue.analyses[i].localCode, i);

    QHash<QString, int> chapterNode;
    // Top chapters first, then sub-chapters (one level, as CR-BIO sections).
    for (int i : order) {
        if (chapters[i].parentCode.isEmpty())
            chapterNode.insert(chapters[i].code, addNode(Kind::Chapter, i, -1));
    }
    int orphans = -1;
    auto orphanNode = [&] {
        if (orphans < 0)
            orphans = addNode(Kind::Orphans, -1, -1);
        return orphans;
    };
    for (int i : order) {
        if (chapters[i].parentCode.isEmpty())
            continue;
        const int parent = chapterNode.value(chapters[i].parentCode, -1);
        chapterNode.insert(chapters[i].code,
                           addNode(Kind::Chapter, i, parent < 0 ? orphanNode() : parent));
    }
    QSet<QString> listed;
    for (int e = 0; e < m_catalogue.exams.size(); ++e) {
        const domain::Exam &exam = m_catalogue.exams[e];
        if (exam.retired && !m_showRetired)
            continue;
        // Only shown exams count: an active analysis of a hidden retired exam stays reachable.
        listed.unite(QSet<QString>(exam.analysisCodes.cbegin(), exam.analysisCodes.cend()));
        const int parent = chapterNode.value(exam.chapterCode, -1);
        const int examNode = addNode(Kind::Exam, e, parent < 0 ? orphanNode() : parent);
        for (const QString &code : exam.analysisCodes) {
            const int a = analysisIndex.value(code, -1);
            if (a >= 0 && (m_showRetired || !m_catalogue.analyses[a].retired))
                addNode(Kind::Analysis, a, examNode);
        }
    }
    // An analysis just created without an exam (or taken out of every exam) stays reachable.
    int unlisted = -1;
    for (int a = 0; a < m_catalogue.analyses.size(); ++a) {
        const domain::Analysis &analysis = m_catalogue.analyses[a];
        if (listed.contains(analysis.localCode) || (analysis.retired && !m_showRetired))
            continue;
        if (unlisted < 0)
            unlisted = addNode(Kind::Unlisted, -1, -1);
        addNode(Kind::Analysis, a, unlisted);
    }
}

const domain::Analysis *CatalogueTreeModel::analysisAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Node &node = m_nodes.at(static_cast<int>(index.internalId()));
    return node.kind == Kind::Analysis ? &m_catalogue.analyses.at(node.ref) : nullptr;
}

const domain::Exam *CatalogueTreeModel::examAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Node &node = m_nodes.at(static_cast<int>(index.internalId()));
    return node.kind == Kind::Exam ? &m_catalogue.exams.at(node.ref) : nullptr;
}

const domain::Chapter *CatalogueTreeModel::chapterAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Node &node = m_nodes.at(static_cast<int>(index.internalId()));
    return node.kind == Kind::Chapter ? &m_catalogue.chapters.at(node.ref) : nullptr;
}

const domain::Exam *CatalogueTreeModel::parentExamAt(const QModelIndex &index) const
{
    return analysisAt(index) ? examAt(parent(index)) : nullptr;
}

const QList<int> &CatalogueTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes.at(static_cast<int>(parent.internalId())).children
                            : m_roots;
}

QModelIndex CatalogueTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(children.at(row)));
}

QModelIndex CatalogueTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(static_cast<int>(child.internalId())).parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, static_cast<quintptr>(parent));
}

int CatalogueTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int CatalogueTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CatalogueTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(static_cast<int>(index.internalId()));
    if (role == KindRole)
        return static_cast<int>(node.kind);
    const bool retired = (node.kind == Kind::Exam && m_catalogue.exams.at(node.ref).retired)
        || (node.kind == Kind::Analysis && m_catalogue.analyses.at(node.ref).retired);
    if (role == RetiredRole)
        return retired;
    if (role == Qt::ForegroundRole && retired)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::DisplayRole && index.column() == Label)
        return labelData(node);
    if (role == Qt::FontRole && index.column() == Label && node.kind != Kind::Analysis) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != CodeRole)
        return {};
    const auto column = static_cast<Column>(index.column());
    switch (node.kind) {
    case Kind::Orphans:
    case Kind::Unlisted:
        return {};
    case Kind::Chapter: {
        const domain::Chapter &c = m_catalogue.chapters.at(node.ref);
        if (role == CodeRole)
            return c.code;
        return column == Label ? c.label : column == Code ? c.code : column == Loinc ? c.loinc
                                                                                     : QString();
    }
    case Kind::Exam: {
        const domain::Exam &e = m_catalogue.exams.at(node.ref);
        if (role == CodeRole)
            return e.code;
        return column == Label ? e.label : column == Code ? e.code : column == Loinc ? e.loinc
                                                                                     : QString();
    }
    case Kind::Analysis: {
        const domain::Analysis &a = m_catalogue.analyses.at(node.ref);
        if (role == CodeRole)
            return a.localCode;
        switch (column) {
        case Label:
            return a.label;
        case Code:
            return a.localCode;
        case Loinc:
            return a.loinc;
        case Unit:
            return a.displayUnit.isEmpty() ? a.unit : a.displayUnit;
        case Specimen:
            return a.specimen;
        case ColumnCount:
            break;
        }
        return {};
    }
    }
    return {};
}

QVariant CatalogueTreeModel::labelData(const Node &node) const
{
    switch (node.kind) {
    case Kind::Orphans:
        return tr("Sans chapitre");
    case Kind::Unlisted:
        return tr("Analyses hors examen");
    case Kind::Chapter:
        return m_catalogue.chapters.at(node.ref).label;
    case Kind::Exam: {
        const domain::Exam &e = m_catalogue.exams.at(node.ref);
        return e.retired ? tr("%1 (retiré)").arg(e.label) : e.label;
    }
    case Kind::Analysis: {
        const domain::Analysis &a = m_catalogue.analyses.at(node.ref);
        return a.retired ? tr("%1 (retirée)").arg(a.label) : a.label;
    }
    }
    return {};
}

QVariant CatalogueTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Label:
        return tr("Libellé");
    case Code:
        return tr("Code");
    case Loinc:
        return tr("LOINC");
    case Unit:
        return tr("Unité");
    case Specimen:
        return tr("Échantillon");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
