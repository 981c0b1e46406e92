// Who and what this site is: used by page metadata, citations and the footer. One place to change.
import pkg from '../../package.json';
import { BASE, ORIGIN } from './base';
/** The book's home, without the trailing slash: origin plus base path (set by SITE_URL and BASE_PATH). */
export const SITE_URL = (ORIGIN + BASE).replace(/\/$/, '');
export const SITE_TITLE = 'Preference Learning for LLMs — an interactive edition';
export const SITE_SHORT_TITLE = 'Preference Learning, interactive';
/** The book's title in each language: the Chinese edition names itself in Chinese (its pages, citations). */
export const SITE_TITLES = {
  en: { title: SITE_TITLE, short: SITE_SHORT_TITLE },
  zh: { title: '大语言模型的偏好学习（交互式版本）', short: '偏好学习·交互版' },
} as const;
/** The site's version, as released: package.json's. Citations and every page carry it. */
export const SITE_VERSION: string = pkg.version;
export const SURVEY = {
  title: 'Towards a Unified View of Preference Learning for Large Language Models: A Survey',
  authors:
    'Bofei Gao, Feifan Song, Yibo Miao, Zefan Cai, Zhe Yang, Liang Chen, Helan Hu, Runxin Xu, Qingxiu Dong, Ce Zheng, Shanghaoran Quan, Wen Xiao, Ge Zhang, Daoguang Zan, Keming Lu, Bowen Yu, Dayiheng Liu, Zeyu Cui, Jian Yang, Lei Sha, Houfeng Wang, Zhifang Sui, Peiyi Wang, Tianyu Liu, Baobao Chang',
  arxiv: '2409.02795',
  version: 'v5',
  versionDate: '2024-10-31',
  versionLabel: '31 Oct 2024',
  url: 'https://arxiv.org/abs/2409.02795',
};
/** Authors of the site as they appear in citations (a group author, as for software projects). */
export const SITE_AUTHORS = ['Preference Learning Interactive Edition contributors'];
