package io.github.docgen.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.docgen.importer.PublishedShape.Block;
import io.github.docgen.importer.PublishedShape.Cell;
import io.github.docgen.importer.PublishedShape.Table;
import io.github.docgen.importer.PublishedShape.Text;

/**
 * Writes a report the ways portals carry it. Made here, not copied from real portals, with the
 * markup real pages have.
 */
final class PublishedPages {
    private PublishedPages() {
    }

    /**
     * Word's "Save as web page" pasted into a CMS, declared GB2312 and encoded as browsers read
     * such pages (GB18030): MsoNormal paragraphs, text wrapped mid-sentence in the source, a
     * number split over two spans, {@code &nbsp;} and {@code <o:p>}, Word's conditional comments,
     * cells as {@code td}, and a portal's menu, breadcrumbs, visit counter and footer around it.
     */
    static byte[] wordPastedGb2312(PublishedShape shape) {
        StringBuilder html = new StringBuilder();
        html.append("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\r\n")
                .append("<title>政府信息公开年报_某县人民政府门户网站</title>\r\n")
                .append("<style>p.MsoNormal{margin:0cm;font-size:16.0pt}</style>\r\n")
                .append("<!--[if gte mso 9]><xml><o:OfficeDocumentSettings>2021</o:OfficeDocumentSettings></xml><![endif]-->\r\n")
                .append("</head>\r\n<body>\r\n");
        html.append("<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | <a href=\"/hd\">互动交流</a></div>\r\n");
        html.append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a>政府信息公开年报</a></div>\r\n");
        html.append("<table class=\"counter\"><tr><td>访问量</td><td>123456</td></tr><tr><td>今日</td><td>78</td></tr></table>\r\n");
        html.append("<div class=\"Section1\" style=\"layout-grid:15.6pt\">\r\n");
        for (Block block : shape.blocks) {
            if (block instanceof Text t) {
                String style = switch (t.role()) {
                    case "title" -> " class=MsoTitle align=center";
                    case "signature" -> " class=MsoNormal align=right style='text-align:right'";
                    default -> " class=MsoNormal style='text-indent:32.0pt'";
                };
                html.append("<p").append(style).append("><span style='font-family:仿宋_GB2312'>")
                        .append(t.role().equals("body") ? "&nbsp;&nbsp;" : "")
                        .append(wrapped(escape(t.text()))).append("<o:p></o:p></span></p>\r\n");
                if (t.role().equals("heading")) {
                    html.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r\n");
                }
            } else {
                html.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\r\n");
                for (List<Cell> row : ((Table) block).rows()) {
                    html.append(" <tr style='height:20.0pt'>\r\n");
                    for (Cell cell : row) {
                        html.append("  <td").append(spans(cell)).append(" valign=center><p class=MsoNormal align=center>")
                                .append(splitNumber(escape(cell.text()))).append("<o:p></o:p></p></td>\r\n");
                    }
                    html.append(" </tr>\r\n");
                }
                html.append("</table>\r\n");
            }
        }
        html.append("</div>\r\n<div class=\"footer\"><p>主办单位：某县人民政府办公室　网站标识码：1234000001　备案号：京ICP备12345678号</p>\r\n")
                .append("<p>【打印本页】【关闭窗口】</p></div>\r\n</body>\r\n</html>\r\n");
        return html.toString().getBytes(Charset.forName("GB18030"));
    }

    /**
     * A CMS article in UTF-8: the page laid out in a table holding the menu and the article, an
     * {@code <h1>} title, the report's tables with {@code th} headers and {@code thead}, full-width
     * spaces indenting paragraphs, and the page's own furniture after the report.
     */
    static byte[] cmsArticle(PublishedShape shape) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<title>年度报告 - 信息公开</title><script>var visits = 2021;</script></head>\n<body>\n")
                .append("<table class=\"layout\" width=\"100%\"><tr><td class=\"menu\"><ul><li>机构概况</li><li>政策文件</li>")
                .append("<li>2020年报告</li></ul></td>\n<td class=\"main\"><div class=\"article\">\n");
        boolean headerRows;
        for (Block block : shape.blocks) {
            if (block instanceof Text t) {
                switch (t.role()) {
                    case "title" -> html.append("<h1>").append(escape(t.text())).append("</h1>\n<div class=\"info\">发布时间：2022-01-20　来源：县政府办</div>\n");
                    case "heading" -> html.append("<p><strong>").append(escape(t.text())).append("</strong></p>\n");
                    case "signature" -> html.append("<p style=\"text-align: right;\">").append(escape(t.text())).append("</p>\n");
                    default -> html.append("<p>\u3000\u3000").append(escape(t.text())).append("</p>\n");
                }
            } else {
                html.append("<table border=\"1\"><thead>\n");
                List<List<Cell>> rows = ((Table) block).rows();
                headerRows = true;
                for (int r = 0; r < rows.size(); r++) {
                    boolean numbers = rows.get(r).stream().anyMatch(c -> c.text().matches("[0-9.]+"));
                    if (headerRows && numbers) {
                        html.append("</thead><tbody>\n");
                        headerRows = false;
                    }
                    html.append("<tr>");
                    for (Cell cell : rows.get(r)) {
                        String tag = headerRows ? "th" : "td";
                        html.append('<').append(tag).append(spans(cell)).append('>').append(escape(cell.text())).append("</").append(tag).append('>');
                    }
                    html.append("</tr>\n");
                }
                html.append(headerRows ? "</thead>" : "</tbody>").append("</table>\n");
            }
        }
        html.append("</div><div class=\"share\">分享到：微信 微博</div><div class=\"pager\">上一篇：2020年政府信息公开工作年度报告</div>")
                .append("</td></tr></table>\n<footer><p>版权所有 © 2022 某县人民政府　电话：0731-1234567</p></footer>\n</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String spans(Cell cell) {
        return (cell.rowSpan() > 1 ? " rowspan=" + cell.rowSpan() : "") + (cell.colSpan() > 1 ? " colspan=" + cell.colSpan() : "");
    }

    /** Word wraps its HTML source at about 80 bytes, in the middle of a sentence. */
    private static String wrapped(String text) {
        StringBuilder out = new StringBuilder();
        int sinceBreak = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            sinceBreak++;
            boolean wide = c >= '\u4E00' && c <= '\u9FFF';
            boolean nextWide = i + 1 < text.length() && text.charAt(i + 1) >= '\u4E00' && text.charAt(i + 1) <= '\u9FFF';
            if (sinceBreak >= 30 && wide && nextWide) {
                out.append("\r\n");
                sinceBreak = 0;
            }
        }
        return out.toString();
    }

    /** Word splits a number over runs when it was typed in two goes: "12" as {@code 1</span><span>2}. */
    private static String splitNumber(String text) {
        if (text.matches("[0-9]{2,}")) {
            return "<span lang=EN-US>" + text.substring(0, 1) + "</span><span lang=EN-US style='font-family:仿宋_GB2312'>"
                    + text.substring(1) + "</span>";
        }
        return "<span style='font-family:宋体'>" + text.replace("（", "&nbsp;（") + "</span>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
