package io.github.docgen.pdf;

import java.util.List;

/**
 * The five type faces of GB/T 9704 documents. A print template names them in CSS by {@link #cssName()};
 * the plugin registers under that name the agency's own font when it finds one, else an open font
 * shipped with the plugin.
 */
enum OfficialFamily {
    FANGSONG("仿宋", List.of("仿宋_GB2312", "仿宋", "FangSong_GB2312", "FangSong", "SimFang"),
            List.of("simfang.ttf", "仿宋_gb2312.ttf", "fangsong_gb2312.ttf", "仿宋.ttf"), "NotoSerifSC-Regular.ttf", "Noto Serif SC"),
    XIAOBIAOSONG("方正小标宋简体", List.of("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"),
            List.of("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsk.ttf"), "NotoSerifSC-Bold.ttf", "Noto Serif SC Bold"),
    HEITI("黑体", List.of("黑体", "SimHei"), List.of("simhei.ttf", "黑体.ttf"), "NotoSansSC-Medium.ttf", "Noto Sans SC Medium"),
    KAITI("楷体", List.of("楷体_GB2312", "楷体", "KaiTi_GB2312", "KaiTi", "SimKai"),
            List.of("simkai.ttf", "楷体_gb2312.ttf", "kaiti_gb2312.ttf", "楷体.ttf"), "LXGWWenKai-Regular.ttf", "LXGW WenKai"),
    SONGTI("宋体", List.of("宋体", "SimSun"), List.of("simsun.ttc", "simsun.ttf", "宋体.ttf"), "NotoSerifSC-Regular.ttf", "Noto Serif SC");

    private final String cssName;
    private final List<String> familyNames;
    private final List<String> fileNames;
    private final String fallbackFile;
    private final String fallbackName;

    OfficialFamily(String cssName, List<String> familyNames, List<String> fileNames, String fallbackFile, String fallbackName) {
        this.cssName = cssName;
        this.familyNames = familyNames;
        this.fileNames = fileNames;
        this.fallbackFile = fallbackFile;
        this.fallbackName = fallbackName;
    }

    /** The family name print templates use in {@code font-family}. */
    public String cssName() {
        return cssName;
    }

    /** Family names the official font's name table may carry (Chinese and English). */
    List<String> familyNames() {
        return familyNames;
    }

    /** File names (lower case) the official font is installed under on Windows and by agencies. */
    List<String> fileNames() {
        return fileNames;
    }

    /** The shipped font's resource name, under {@code io/github/docgen/pdf/fonts/}. */
    String fallbackFile() {
        return fallbackFile;
    }

    /** The shipped font as a warning names it. */
    String fallbackName() {
        return fallbackName;
    }
}
