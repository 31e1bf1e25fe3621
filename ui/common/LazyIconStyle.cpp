// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LazyIconStyle.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>
#include <optional>

namespace outloud {

namespace {

/// The base style's icon, asked for when it is first drawn or measured.
class LazyIconEngine : public QIconEngine
{
public:
    LazyIconEngine(QStyle* style, QStyle::StandardPixmap which, const QStyleOption* option)
        : m_style(style)
        , m_which(which)
    {
        if (option)
            m_direction = option->direction;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(
        const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    // Every icon it stands for exists: not asked, so that asking loads nothing.
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("outloud-lazy-standard-icon"); }
    QIconEngine* clone() const override { return new LazyIconEngine(*this); }

private:
    const QIcon& icon()
    {
        if (!m_icon) {
            // What the icon was asked with that it depends on: the direction (a clear button
            // points into the text).
            QStyleOption option;
            option.direction = m_direction.value_or(QGuiApplication::layoutDirection());
            m_icon = m_style ? m_style->standardIcon(m_which, &option) : QIcon();
        }
        return *m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    std::optional<Qt::LayoutDirection> m_direction;
    std::optional<QIcon> m_icon;
};

} // namespace

LazyIconStyle::LazyIconStyle(QStyle* base)
    : QProxyStyle(base)
{ }

QIcon LazyIconStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    // Qt's own styles draw these from the direction alone; another style may read the
    // widget, which is gone by the time the icon is drawn.
    const QString base = baseStyle()->name();
    if (base.compare(u"fusion", Qt::CaseInsensitive) != 0
        && base.compare(u"windows", Qt::CaseInsensitive) != 0)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        // These depend on nothing but the direction, which the icon keeps until it is drawn.
        return QIcon(new LazyIconEngine(baseStyle(), standardIcon, option));
    default:
        break;
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

void LazyIconStyle::install()
{
    QStyle* current = QApplication::style();
    if (qobject_cast<LazyIconStyle*>(current))
        return;
    // The style the application chose (the platform's, or -style), a copy of its own: the
    // application deletes the style it replaces.
    QApplication::setStyle(new LazyIconStyle(QStyleFactory::create(current->name())));
}

} // namespace outloud
