"""The plain-text description of a chat that ``wamigrate inspect`` prints."""

from __future__ import annotations

from wamigrate.core.export.date_order import order_label
from wamigrate.core.export.records import KINDS, ChatSummary

_PLATFORMS = {"ios": "iPhone (iOS)", "android": "Android", "legacy": "old WhatsApp (before 2017)"}


def format_summary(summary: ChatSummary) -> str:
    lines = [f"Chat: {summary.title}", f"  Source: {summary.source_name}"]
    lines.append(f"  Platform: {_PLATFORMS.get(summary.platform, summary.platform)}")
    lines.append(f"  Header format: {summary.header_format}")
    lines.append(f"  Encoding: {summary.encoding}")
    if summary.date_order is not None:
        decision = summary.date_order
        flag = " — AMBIGUOUS" if decision.ambiguous else ""
        lines.append(f"  Date order: {order_label(decision.order)}{flag}")
        lines.append(f"    because {decision.reason}")
    lines.append(f"  Lines: {summary.line_count}")
    lines.append(f"  Messages: {summary.message_count}")
    for kind in KINDS:
        if summary.kinds.get(kind):
            lines.append(f"    {kind}: {summary.kinds[kind]}")
    if summary.media_types:
        media = ", ".join(f"{name} {count}" for name, count in sorted(summary.media_types.items()))
        lines.append(f"  Media: {media}")
    lines.append(f"  Senders: {len(summary.senders)}")
    for sender, count in summary.senders.most_common(10):
        lines.append(f"    {sender}: {count}")
    if len(summary.senders) > 10:
        lines.append(f"    … and {len(summary.senders) - 10} more")
    if summary.first_time is not None:
        lines.append(f"  First message: {summary.first_time:%Y-%m-%d %H:%M:%S}")
        lines.append(f"  Last message: {summary.last_time:%Y-%m-%d %H:%M:%S}")
    if summary.warnings:
        lines.append(f"  Warnings: {len(summary.warnings)}")
        for warning in summary.warnings:
            where = f"line {warning.line}: " if warning.line else ""
            lines.append(f"    - {where}{warning.message}")
    else:
        lines.append("  Warnings: none")
    return "\n".join(lines) + "\n"
