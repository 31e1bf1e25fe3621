// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonDetailPane.h"

#include "common/AfterFirstPaint.h"
#include "common/FlowLayout.h"
#include "common/PlainTextDelegate.h"
#include "common/TextWidths.h"
#include "common/WrappedLabel.h"
#include "contributions/ContributionService.h"
#include "people/Closeness.h"
#include "people/PeopleService.h"
#include "storage/Database.h"
#include "storage/PlainText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// User text goes into rich text only escaped: a name is never markup.
QString personLink(const Person& p)
{
    return u"<a href=\"person:%1\">%2</a>"_s.arg(p.id).arg(p.name.toHtmlEscaped());
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

PersonDetailPane::PersonDetailPane(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(u"personDetail"_s);
    // Wrapping labels remember their height per width: the pane sits in nested layouts that
    // ask it again and again while the window opens.
    m_title = new WrappedLabel(this);
    m_title->setObjectName(u"personDetailName"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_summary = new WrappedLabel(this);
    m_summary->setObjectName(u"personDetailSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    // Selectable from the moment it has painted, not in its first paint: a selectable label
    // is measured and drawn through a text document, several times the cost of the plain
    // one, and both take the same height at every width and draw the same pixels.
    afterFirstPaint(m_summary,
        [label = m_summary] { label->setTextInteractionFlags(Qt::TextSelectableByMouse); });

    auto linkLabel = [this](const QString& name) {
        auto* label = new WrappedLabel(this);
        label->setObjectName(name);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(label, &QLabel::linkActivated, this, [this](const QString& link) {
            if (link.startsWith(u"person:"_s))
                Q_EMIT navigateTo(link.mid(7).toLongLong());
        });
        return label;
    };
    m_introducedBy = linkLabel(u"personIntroducedByLink"_s);
    m_introduced = linkLabel(u"personIntroducedLinks"_s);

    m_history = new QListWidget(this);
    m_history->setObjectName(u"personClosenessHistory"_s);
    m_history->setAccessibleName(tr("Closeness history"));
    m_history->setMaximumHeight(110);
    m_history->setWordWrap(true); // a narrow pane wraps the closeness words, never hides them
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"personTimeline"_s);
    m_timeline->setAccessibleName(tr("Contributions both ways"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Date"), tr("Way"), tr("Kind"), tr("Note")});
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setUniformRowHeights(true); // one line each: not every row measured
    m_timeline->setItemDelegate(new PlainTextDelegate(m_timeline)); // in the first paint

    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"personEditButton"_s);
    m_logGiven = new QPushButton(tr("I &gave…"), this);
    m_logGiven->setObjectName(u"personLogGiven"_s);
    m_logGiven->setToolTip(tr("Log a contribution to this person"));
    m_logReceived = new QPushButton(tr("I recei&ved…"), this);
    m_logReceived->setObjectName(u"personLogReceived"_s);
    m_logReceived->setToolTip(tr("Log a contribution from this person"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_personId); });
    connect(m_logGiven, &QPushButton::clicked, this,
        [this] { Q_EMIT logRequested(m_personId, Direction::Given); });
    connect(m_logReceived, &QPushButton::clicked, this,
        [this] { Q_EMIT logRequested(m_personId, Direction::Received); });

    // Wraps in a narrow pane rather than widening it.
    auto* buttons = new FlowLayout;
    buttons->addWidget(m_logGiven);
    buttons->addWidget(m_logReceived);
    buttons->addWidget(m_edit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_introducedBy);
    layout->addWidget(m_introduced);
    layout->addLayout(buttons);
    layout->addWidget(sectionLabel(tr("Closeness over time"), this));
    layout->addWidget(m_history);
    layout->addWidget(sectionLabel(tr("Given and received"), this));
    layout->addWidget(m_timeline, 1);
    // Blank until told whom to show: the page fills it once the list has painted.
    for (QWidget* w : {static_cast<QWidget*>(m_edit), static_cast<QWidget*>(m_logGiven),
             static_cast<QWidget*>(m_logReceived)})
        w->setEnabled(false);
}

void PersonDetailPane::showPerson(qint64 personId)
{
    m_blank = false;
    const int showing = ++m_shown; // a timeline part still due for someone before is dropped
    PeopleService people(m_db);
    const std::optional<Person> p = personId > 0 ? people.person(personId) : std::nullopt;
    m_personId = p ? p->id : -1;
    const bool shown = p.has_value();
    for (QWidget* w : {static_cast<QWidget*>(m_edit), static_cast<QWidget*>(m_logGiven),
             static_cast<QWidget*>(m_logReceived)})
        w->setEnabled(shown);
    m_history->clear();
    m_timeline->clear();
    if (!p) {
        m_title->setText(tr("Nobody selected"));
        m_summary->setText(tr("Choose someone on the list to see how the relationship has grown."));
        m_introducedBy->clear();
        m_introduced->clear();
        return;
    }
    m_title->setText(p->name);
    QStringList lines;
    const QString job = QStringList({p->role, p->organization})
                            .filter(QRegularExpression(u"\\S"_s))
                            .join(tr(", "));
    if (!job.isEmpty())
        lines << job;
    if (!p->relation.isEmpty())
        lines << tr("Related to my goal: %1").arg(p->relation);
    lines << closeness::label(p->closeness);
    const QString reach = QStringList({p->email, p->url, p->channels})
                              .filter(QRegularExpression(u"\\S"_s))
                              .join(u" · "_s);
    if (!reach.isEmpty())
        lines << reach;
    if (!p->tags.isEmpty())
        lines << tr("Tags: %1").arg(p->tags);
    if (!p->notes.isEmpty())
        lines << p->notes;
    const ExchangeCounts counts = people.counts(p->id);
    lines << tr("Given %1 · received %2").arg(counts.given).arg(counts.received);
    m_summary->setText(lines.join(u'\n'));

    // Rich text only with a link in it: laying out a rich text label for every width a
    // layout tries costs far more than a plain one.
    const std::optional<Person> by
        = p->introducedBy > 0 ? people.person(p->introducedBy) : std::nullopt;
    m_introducedBy->setTextFormat(by ? Qt::RichText : Qt::PlainText);
    // Without a link nothing to reach by mouse or key: a label that takes the focus is laid
    // out as a document too.
    m_introducedBy->setTextInteractionFlags(
        by ? Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard : Qt::NoTextInteraction);
    m_introducedBy->setFocusPolicy(by ? Qt::StrongFocus : Qt::NoFocus);
    m_introducedBy->setText(
        by ? tr("Introduced by %1").arg(personLink(*by)) : tr("Introduced by nobody on the list"));
    const QList<Person> introduced = people.introducedBy(p->id);
    QStringList links;
    for (const Person& other : introduced)
        links << personLink(other);
    m_introduced->setText(
        links.isEmpty() ? QString() : tr("Introduced me to %1").arg(links.join(u", "_s)));
    m_introduced->setVisible(!links.isEmpty());

    const QLocale locale;
    const QList<ClosenessChange> history = people.closenessHistory(p->id);
    for (const ClosenessChange& change : history)
        m_history->addItem(u"%1  →  %2"_s.arg(
            locale.toString(change.on, QLocale::ShortFormat), closeness::label(change.closeness)));

    ContributionService log(m_db);
    QHash<qint64, QString> kindNames;
    for (const ContributionKind& k : log.kinds())
        kindNames.insert(k.id, k.displayName());
    const QString given = tr("→ given");
    const QString received = tr("← received");
    const auto rows = [locale, kindNames, given, received](const QList<Contribution>& list) {
        QList<QTreeWidgetItem*> items;
        items.reserve(list.size());
        for (const Contribution& c : list) {
            auto* item = new QTreeWidgetItem;
            item->setText(0, locale.toString(c.date, QLocale::ShortFormat));
            item->setText(1, c.direction == Direction::Given ? given : received);
            item->setText(2, kindNames.value(c.kindId));
            item->setText(3, c.note);
            item->setToolTip(3, plainToolTip(c.note));
            items.append(item);
        }
        return items;
    };
    // A screenful now, given to the view at once (one insertion, not one a row); a long
    // history's other rows a moment later, unless another person is shown by then.
    constexpr int Screenful = 32;
    const QList<QTreeWidgetItem*> items = rows(log.forPerson(p->id, Screenful));
    m_timeline->addTopLevelItems(items);
    if (items.size() == Screenful) {
        const auto rest = [this, showing, rows, id = p->id] {
            if (showing == m_shown) {
                m_timeline->addTopLevelItems(
                    rows(ContributionService(m_db).forPerson(id, -1, Screenful)));
            }
        };
        // On screen: a timer pass later. On its way there (the page's first paint): once
        // it has painted.
        if (isVisible() && window()->testAttribute(Qt::WA_Mapped))
            QTimer::singleShot(1, this, rest);
        else
            afterNextPaint(this, rest);
    }
    // Each column as wide as its widest text in that screenful, as resizeColumnToContents()
    // makes it, from the characters' advances: the view's way lays every cell out through
    // the style.
    const int margin = 2
        * (m_timeline->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_timeline) + 1);
    TextWidths widths;
    const QFont font = m_timeline->font();
    for (int column = 0; column < 3; ++column) {
        int widest = m_timeline->header()->sectionSizeHint(column);
        for (int i = 0; i < items.size(); ++i)
            widest = std::max(widest, widths.width(items.at(i)->text(column), font) + margin);
        m_timeline->header()->resizeSection(column, widest);
    }
}

} // namespace outloud
