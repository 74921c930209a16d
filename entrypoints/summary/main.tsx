import { mountPage } from '../../components/ui/mount';
import { App } from './App';

mountPage(App, 'summary_page_title');
