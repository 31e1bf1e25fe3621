// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The wrapping label measures its text fewer times than QLabel: the layouts around it must get
// QLabel's own answers all the same, for every text, font, margin and width, and new ones as
// soon as the text or the font changes.
#include "common/WrappedLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {

/// Where @p label and a QLabel set up the same way answer differently; empty when they agree.
QStringList differences(WrappedLabel& label, const std::function<void(QLabel&)>& setUp)
{
    QLabel reference;
    reference.setWordWrap(true);
    setUp(reference);
    setUp(label);
    QStringList found;
    if (label.sizeHint() != reference.sizeHint())
        found << u"size hint %1x%2, QLabel %3x%4"_s.arg(label.sizeHint().width())
                     .arg(label.sizeHint().height())
                     .arg(reference.sizeHint().width())
                     .arg(reference.sizeHint().height());
    if (label.minimumSizeHint() != reference.minimumSizeHint())
        found << u"minimum size hint %1x%2, QLabel %3x%4"_s.arg(label.minimumSizeHint().width())
                     .arg(label.minimumSizeHint().height())
                     .arg(reference.minimumSizeHint().width())
                     .arg(reference.minimumSizeHint().height());
    for (int width = 0; width < 900; width += 7) {
        if (label.heightForWidth(width) != reference.heightForWidth(width))
            found << u"height at %1: %2, QLabel %3"_s.arg(width)
                         .arg(label.heightForWidth(width))
                         .arg(reference.heightForWidth(width));
    }
    return found;
}

const QStringList Texts = {
    u"Present"_s,
    u"What happened since last week"_s,
    u"Before the next meeting I will... (one per line)"_s,
    u"Week 5 of 12  ·  Thursday, 5 March 2026, 18:00  ·  Facilitator: Robin Example"_s,
    u"For the facilitator, a friendly word may help. Missed the last two meetings: Sam, Alex "
    "Longname-Doublebarrel. Nothing logged for two weeks: Kim."_s,
    u"Senior Engineer, Example Corp\nRelated to my goal: knows the hiring manager\n3 · knows me "
    "well\nanna@example.org · https://example.org/anna\nGiven 12 · received 7"_s,
    u"Tabs\tand\ttabs, and a Supercalifragilisticexpialidocious word"_s,
    u"שלום עולם, a right-to-left line that wraps somewhere along the way"_s,
    u"1 < 2 and <b>not bold</b>"_s,
};

} // namespace

TEST(WrappedLabel, AnswersAsQLabelDoesForEveryTextFontAndWidth)
{
    WrappedLabel label;
    for (const QString& text : Texts) {
        for (int pixels : {12, 20, 32}) {
            for (bool bold : {false, true}) {
                QFont font = label.font();
                font.setPixelSize(pixels);
                font.setBold(bold);
                const QStringList found = differences(label, [&](QLabel& l) {
                    l.setTextFormat(Qt::PlainText);
                    l.setFont(font);
                    l.setText(text);
                });
                EXPECT_TRUE(found.isEmpty()) << text.toStdString() << " at " << pixels
                                             << " px: " << found.join(u"; "_s).toStdString();
            }
        }
    }
}

TEST(WrappedLabel, AnswersAsQLabelDoesWithMarginsIndentAlignmentAndLimits)
{
    const QString text = Texts.at(4);
    const std::function<void(QLabel&)> setUps[] = {
        [](QLabel& l) { l.setContentsMargins(10, 2, 7, 4); },
        [](QLabel& l) { l.setMargin(5); },
        [](QLabel& l) { l.setIndent(12); },
        [](QLabel& l) { l.setAlignment(Qt::AlignRight | Qt::AlignTop); },
        [](QLabel& l) { l.setAlignment(Qt::AlignCenter); },
        [](QLabel& l) { l.setMinimumWidth(150); },
        [](QLabel& l) { l.setMaximumWidth(300); },
        [](QLabel& l) { l.setTextFormat(Qt::AutoText); },
        [](QLabel& l) { l.setTextInteractionFlags(Qt::TextSelectableByMouse); },
        [](QLabel& l) { l.setFrameShape(QFrame::Box); },
    };
    for (const auto& setUp : setUps) {
        WrappedLabel label; // each on its own: nothing carried over from the one before
        const QStringList found = differences(label, [&](QLabel& l) {
            l.setText(text);
            setUp(l);
        });
        EXPECT_TRUE(found.isEmpty()) << found.join(u"; "_s).toStdString();
    }
    // A mnemonic for a buddy.
    QLineEdit buddy;
    WrappedLabel label;
    const QStringList found = differences(label, [&](QLabel& l) {
        l.setText(u"&Notes from the round, and what each member would like to say"_s);
        l.setBuddy(&buddy);
    });
    EXPECT_TRUE(found.isEmpty()) << found.join(u"; "_s).toStdString();
}

TEST(WrappedLabel, AnswersAnewWhenTheTextOrTheFontChanges)
{
    WrappedLabel label;
    label.setTextFormat(Qt::PlainText);
    label.setText(Texts.at(1));
    const int oneLine = label.heightForWidth(800);
    const QSize hint = label.sizeHint();
    label.setText(Texts.at(4));
    EXPECT_GT(label.heightForWidth(200), oneLine);
    EXPECT_NE(label.sizeHint(), hint);
    EXPECT_TRUE(differences(label, [](QLabel& l) { l.setText(Texts.at(4)); }).isEmpty());
    QFont large = label.font();
    large.setPixelSize(40);
    const int before = label.heightForWidth(400);
    label.setFont(large);
    EXPECT_GT(label.heightForWidth(400), before);
    EXPECT_TRUE(differences(label, [&](QLabel& l) {
        l.setText(Texts.at(4));
        l.setFont(large);
    }).isEmpty());
}
